/// Tells text from binary data that arrived as a (lossily decoded) string: binary has
/// many control characters and U+FFFD replacement characters; text has almost none.
enum BinaryContentDetector {
    /// Share of suspicious scalars in the first 16 KB above which the body is refused.
    static let maximumControlShare = 0.10

    static func controlShare(_ body: String) -> Double {
        var total = 0
        var suspicious = 0
        var copy = body
        copy.withUTF8 { bytes in
            let count = min(bytes.count, 16_384)
            guard count > 0, let p = bytes.baseAddress else { return }
            var k = 0
            // Eight bytes at a time while they are all printable ASCII (0x20-0x7E), tab, LF
            // or CR (HTML's line breaks and indentation): eight scalars, none suspicious.
            // Any other word is judged byte by byte below.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            @inline(__always) func matching(_ word: UInt64, _ byte: UInt64) -> UInt64 {
                let flipped = word ^ (ones &* byte)
                return ~(((flipped & low7) &+ low7) | flipped) & highs
            }
            while k + 8 <= count {
                let word = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
                let hasNonASCII = word & highs != 0
                let belowSpace = ~(((word & low7) &+ 0x6060_6060_6060_6060) | word) & highs  // exact per byte
                let lineBreaksAndTabs = matching(word, 0x09) | matching(word, 0x0A) | matching(word, 0x0D)
                let hasBelowSpace = belowSpace & ~lineBreaksAndTabs != 0
                let hasDelete = matching(word, 0x7F) != 0
                if hasNonASCII || hasBelowSpace || hasDelete {
                    judge(p, from: k, to: k + 8, total: &total, suspicious: &suspicious)
                } else {
                    total += 8
                }
                k += 8
            }
            judge(p, from: k, to: count, total: &total, suspicious: &suspicious)
        }
        return total == 0 ? 0 : Double(suspicious) / Double(total)
    }

    /// Counts scalars (bytes that do not continue a UTF-8 sequence) and suspicious ones:
    /// C0 controls but tab/LF/CR, DEL, U+FFFD (EF BF BD) and C1 controls (C2 80-9F).
    private static func judge(_ p: UnsafePointer<UInt8>, from: Int, to: Int, total: inout Int, suspicious: inout Int) {
        for k in from..<to {
            let byte = p[k]
            if byte & 0xC0 != 0x80 { total += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                suspicious += 1
            } else if byte == 0xBD && k >= 2 && p[k - 2] == 0xEF && p[k - 1] == 0xBF {
                suspicious += 1
            } else if k >= 1 && p[k - 1] == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                suspicious += 1
            }
        }
    }
}
