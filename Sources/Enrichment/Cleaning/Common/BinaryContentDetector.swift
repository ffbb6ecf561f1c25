/// Tells text from binary data that arrived as a (lossily decoded) string: binary has
/// many control characters and U+FFFD replacement characters; text has almost none.
enum BinaryContentDetector {
    /// Share of suspicious scalars in the first 64 KB above which the body is refused.
    static let maximumControlShare = 0.10

    static func controlShare(_ body: String) -> Double {
        var total = 0
        var suspicious = 0
        for scalar in body.unicodeScalars.prefix(65_536) {
            total += 1
            let value = scalar.value
            if value == 0xFFFD || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value) {
                suspicious += 1
            }
        }
        return total == 0 ? 0 : Double(suspicious) / Double(total)
    }
}
