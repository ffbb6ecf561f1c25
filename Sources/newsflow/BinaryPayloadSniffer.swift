/// Tells a binary file (image, PDF, archive, UTF-16 text) from an article before
/// `newsflow produce` sends it. A binary payload can only ever be dead-lettered by the
/// cleaner (`binary-content` or `invalid-utf8`), so it is refused at the source, where
/// the user can still see which file it was.
enum BinaryPayloadSniffer {
    /// Only the start is read: binary formats show themselves in their header, and the
    /// check stays constant-time whatever the file size.
    static let sniffedBytes = 1_024
    /// Share of control bytes above which the start is not text. Text has none but tab,
    /// line feed, form feed and carriage return; 10% leaves room for a stray one.
    static let maximumControlShare = 0.10

    /// Why `value` looks binary, or nil when it reads as text (UTF-8, Latin-1 or
    /// windows-1252: bytes 0x80-0xFF are never held against it).
    static func binaryReason(_ value: [UInt8]) -> String? {
        let start = value.prefix(sniffedBytes)
        guard !start.isEmpty else { return nil }
        if let zero = start.firstIndex(of: 0) {
            return "a NUL byte at offset \(zero)"
        }
        let controls = start.count { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
        }
        let share = Double(controls) / Double(start.count)
        guard share > maximumControlShare else { return nil }
        return "\(Int((share * 100).rounded()))% control bytes in the first \(start.count) bytes"
    }
}
