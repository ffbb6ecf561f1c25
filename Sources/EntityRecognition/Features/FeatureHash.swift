/// Deterministic 64-bit hashing for feature ids. Swift's `Hasher` is seeded per
/// process, so a model trained in one run would not match features of the next.
package enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt64) -> UInt64 {
        (h ^ v) &* 0x0000_0100_0000_01b3
    }

    /// Mixes values into a well-spread 64-bit hash (splitmix finaliser).
    @inline(__always)
    package static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { mix(mix(a, b), c) }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 { mix(mix(mix(a, b), c), d) }

    /// Hash of a string's scalars.
    static func string(_ s: some StringProtocol) -> UInt64 {
        var h = seed
        for scalar in s.unicodeScalars { h = step(h, UInt64(scalar.value)) }
        return mix(h, 0)
    }
}
