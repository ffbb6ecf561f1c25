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
            while k + 8 <= count {
                let word = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
                let hasNonASCII = WordBytes.nonASCII(word) != 0
                let lineBreaksAndTabs = WordBytes.equal(word, 0x09) | WordBytes.equal(word, 0x0A) | WordBytes.equal(word, 0x0D)
                let hasBelowSpace = WordBytes.controls(word) & ~lineBreaksAndTabs != 0
                let hasDelete = WordBytes.equal(word, 0x7F) != 0
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
