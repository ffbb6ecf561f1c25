/// A 64-bit hash taken eight bytes at a time (multiply and xor-shift per word). It
/// replaced byte-at-a-time FNV-1a for hint values, whose serial multiply per byte
/// showed in profiles; callers use it only to find candidates or to intern values whose
/// equality a 64-bit collision would have to fake.
enum WordHash {
    @inline(__always)
    static func mix(_ seed: UInt64, _ bytes: Span<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash = seed ^ (UInt64(truncatingIfNeeded: count) &* 0xFF51_AFD7_ED55_8CCD)
        var index = 0
        while index + 8 <= count {
            hash = round(hash, bytes.word(at: index))
            index += 8
        }
        if index < count {
            var word: UInt64 = 0
            for k in 0..<(count - index) { word |= UInt64(bytes[index + k]) << UInt64(8 * k) }
            hash = round(hash, word)
        }
        return hash
    }

    @inline(__always)
    private static func round(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
