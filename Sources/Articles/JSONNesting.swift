/// Measures how deeply a JSON text nests, in one pass over its bytes, before it is
/// decoded. Foundation's `JSONDecoder` stops at 512 levels and then only says the data
/// is not valid JSON; this scan lets the decoder name the real problem instead.
public enum JSONNesting {
    /// The deepest nesting an envelope may have: Foundation's own limit, so anything
    /// this scan passes the decoder can read. A valid envelope needs one level (its
    /// fields are strings); deeper structures can only be in fields Newsflow ignores.
    public static let maximumDepth = 512

    /// Whether `bytes` opens more than `limit` arrays and objects inside one another.
    /// Brackets inside strings do not count; the scan stops at the first level too
    /// many, so it is linear in the bytes read and needs no memory.
    public static func exceeds(_ limit: Int, in bytes: [UInt8]) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return false
    }
}
