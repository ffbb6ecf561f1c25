/// Byte tests on eight bytes at once (a `UInt64` loaded little-endian), for the text fast
/// paths: each answer has the high bit of every byte that passes set, and no other bit.
/// Exact per byte (no carries between bytes, no false positives), also for bytes ≥ 0x80.
enum WordBytes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The bytes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let flipped = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((flipped & low7) &+ low7) | flipped) & highBits
    }

    /// The bytes below 0x20 (C0 controls, tab, line breaks).
    @inline(__always)
    static func controls(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ 0x6060_6060_6060_6060) | word) & highBits
    }

    /// The bytes ≥ 0x80 (parts of non-ASCII characters).
    @inline(__always)
    static func nonASCII(_ word: UInt64) -> UInt64 {
        word & highBits
    }
}

extension Span where Element == UInt8 {
    /// The eight bytes at `offset` as one `UInt64` in memory order, for the `WordBytes`
    /// tests (bounds-checked; any bit pattern is a valid `UInt64`, so the load is safe).
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        bytes.unsafeLoadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }
}
