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
            // Scalars = bytes that do not continue a UTF-8 sequence (a loop the compiler vectorises).
            for k in 0..<count { total &+= p[k] & 0xC0 == 0x80 ? 0 : 1 }
            for k in 0..<count {
                let byte = p[k]
                // Printable ASCII (most of any page) is never suspicious.
                if byte >= 0x20 && byte < 0x7F { continue }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                    suspicious += 1
                } else if byte == 0xBD && k >= 2 && p[k - 2] == 0xEF && p[k - 1] == 0xBF {  // U+FFFD REPLACEMENT CHARACTER
                    suspicious += 1
                } else if k >= 1 && p[k - 1] == 0xC2 && byte >= 0x80 && byte <= 0x9F {  // C1 controls
                    suspicious += 1
                }
            }
        }
        return total == 0 ? 0 : Double(suspicious) / Double(total)
    }
}
