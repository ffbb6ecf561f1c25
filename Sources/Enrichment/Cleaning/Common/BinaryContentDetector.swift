/// Tells text from binary data that arrived as a (lossily decoded) string: binary has
/// many control characters and U+FFFD replacement characters; text has almost none.
enum BinaryContentDetector {
    /// Share of suspicious scalars in the first 16 KB above which the body is refused.
    static let maximumControlShare = 0.10

    static func controlShare(_ body: String) -> Double {
        var total = 0
        var suspicious = 0
        var previous: (UInt8, UInt8) = (0, 0)
        var copy = body
        copy.withUTF8 { bytes in
        for byte in UnsafeBufferPointer(rebasing: bytes.prefix(16_384)) {
            if byte & 0xC0 != 0x80 { total += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                suspicious += 1
            } else if byte == 0xBD && previous == (0xEF, 0xBF) {  // U+FFFD REPLACEMENT CHARACTER
                suspicious += 1
            } else if previous.1 == 0xC2 && byte >= 0x80 && byte <= 0x9F {  // C1 controls
                suspicious += 1
            }
            previous = (previous.1, byte)
        }
        }
        return total == 0 ? 0 : Double(suspicious) / Double(total)
    }
}
