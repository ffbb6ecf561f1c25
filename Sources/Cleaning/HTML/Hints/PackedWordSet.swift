/// A set of short ASCII words (up to 16 bytes) keyed by the words packed into two
/// integers: membership of a token costs a few shifts and one probe, with no String
/// built and no SipHash. The pre-filter asks it about every class/id token of a page.
struct PackedWordSet: Sendable {
    static let maxLength = 16

    /// Up to 16 bytes, first byte lowest; unused bytes are zero (tokens never hold NUL).
    struct Key: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0

        /// Packs `bytes` (at most `maxLength`) as they are.
        init(_ bytes: [UInt8]) {
            for (index, byte) in bytes.prefix(PackedWordSet.maxLength).enumerated() { set(byte, at: index) }
            length = min(bytes.count, PackedWordSet.maxLength)
        }

        /// Packs `bytes` (at most `maxLength`) with ASCII capitals lower-cased.
        init(lowercasing bytes: UnsafeBufferPointer<UInt8>) {
            let count = min(bytes.count, PackedWordSet.maxLength)
            for index in 0..<count {
                let byte = bytes[index]
                set(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, at: index)
            }
            length = count
        }

        private mutating func set(_ byte: UInt8, at index: Int) {
            if index < 8 { low |= UInt64(byte) << UInt64(index * 8) } else { high |= UInt64(byte) << UInt64((index - 8) * 8) }
        }

        /// The first `count` bytes, packed the same way.
        func prefix(_ count: Int) -> Key {
            var key = self
            key.length = min(count, length)
            let lowBits = min(key.length, 8) * 8, highBits = max(key.length - 8, 0) * 8
            key.low = lowBits == 64 ? low : low & ((UInt64(1) << UInt64(lowBits)) - 1)
            key.high = highBits == 64 ? high : high & ((UInt64(1) << UInt64(highBits)) - 1)
            return key
        }

        func hasPrefix(_ other: Key) -> Bool {
            other.length <= length && prefix(other.length) == other
        }

        func hasSuffix(_ other: Key) -> Bool {
            guard other.length <= length else { return false }
            var tail = Key([])
            for index in 0..<other.length { tail.set(byte(at: length - other.length + index), at: index) }
            tail.length = other.length
            return tail == other
        }

        private func byte(at index: Int) -> UInt8 {
            UInt8(truncatingIfNeeded: index < 8 ? low >> UInt64(index * 8) : high >> UInt64((index - 8) * 8))
        }

        var hashIndex: Int {
            Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(length)) >> 32)
        }
    }

    private var slots: [Key?]
    /// Bit `first & 63` of `firstBytes[length]` is set when a member has that length and first byte.
    private var firstBytes = [UInt64](repeating: 0, count: PackedWordSet.maxLength + 1)

    init(_ words: [[UInt8]]) {
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        slots = [Key?](repeating: nil, count: size)
        for word in words where word.count <= Self.maxLength && !word.isEmpty {
            firstBytes[word.count] |= UInt64(1) << UInt64(word[0] & 63)
            let key = Key(word)
            var slot = key.hashIndex & (size - 1)
            while let existing = slots[slot], existing != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
        }
    }

    /// False only when no member has this length and first byte: a check that needs no
    /// packed key, in front of `contains` for the many tokens that are in no table.
    func mayContain(length: Int, first: UInt8) -> Bool {
        length <= Self.maxLength && firstBytes[length] & (UInt64(1) << UInt64(first & 63)) != 0
    }

    func contains(_ key: Key) -> Bool {
        let mask = slots.count - 1
        var slot = key.hashIndex & mask
        while let existing = slots[slot] {
            if existing == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
