/// The adjacent byte pairs of a short line, hashed into 512 bits: a needle can occur in the
/// line only if every pair of its bytes does, so `mayContain` false means "not there" for
/// certain and the substring search is skipped. Most furniture patterns ("we use cookies",
/// "getty images") fail on their first pair or two, where each search cost a `memchr` pass.
struct BytePairFilter {
    /// A pattern with the bit of each of its byte pairs, worked out once.
    struct Needle: Sendable {
        let bytes: [UInt8]
        fileprivate let bits: [UInt16]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            bits = bytes.count < 2 ? [] : (1..<bytes.count).map { BytePairFilter.bit(bytes[$0 - 1], bytes[$0]) }
        }
    }

    /// Eight words in a tuple, indexed through a pointer (a `SIMD8` subscript with a
    /// run-time index was slower than the searches it saves).
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 2 else { return }
        withUnsafeMutableBytes(of: &words) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            var previous = bytes[0]
            for index in 1..<bytes.count {
                let byte = bytes[index]
                let bit = Self.bit(previous, byte)
                words[Int(bit >> 6)] |= UInt64(1) << UInt64(bit & 63)
                previous = byte
            }
        }
    }

    /// False only when some byte pair of `needle` is not in the line (then it cannot occur).
    func mayContain(_ needle: Needle) -> Bool {
        withUnsafeBytes(of: words) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for bit in needle.bits where words[Int(bit >> 6)] & (UInt64(1) << UInt64(bit & 63)) == 0 { return false }
            return true
        }
    }

    fileprivate static func bit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(truncatingIfNeeded: ((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 23)
    }
}

/// Which (length, first byte) combinations a set of byte strings has: an ASCII string whose
/// combination no member has cannot be a member, so the String key and its hash are skipped.
/// Only for ASCII: String equality is canonical equivalence, so a non-ASCII line
/// ("publicite" + U+0301) can equal a member of another byte length.
struct ByteLabelGate: Sendable {
    /// Bit `b & 63` of `masks[length]` is set when some member has that length and first byte `b`.
    private let masks: [UInt64]

    init(_ members: [[UInt8]]) {
        var masks = [UInt64](repeating: 0, count: (members.map(\.count).max() ?? 0) + 1)
        for member in members {
            guard let first = member.first else { continue }
            masks[member.count] |= UInt64(1) << UInt64(first & 63)
        }
        self.masks = masks
    }

    func mayContain<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        let length = bytes.count
        return length < masks.count && masks[length] & (UInt64(1) << UInt64(first & 63)) != 0
    }
}
