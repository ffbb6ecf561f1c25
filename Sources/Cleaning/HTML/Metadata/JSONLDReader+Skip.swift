/// Checking a JSON value without building it, for members `JSONLDReader.parse(_:keeping:)`
/// leaves out. Each function accepts exactly what its building counterpart in
/// `JSONLDReader` accepts (same grammar, escapes, surrogate rules, number range and depth
/// limit) and leaves `index` in the same place; a test compares both on many texts.
extension JSONLDReader {
    mutating func skipValue() -> Bool {
        skipWhitespace()
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"): return skipObject()
        case UInt8(ascii: "["): return skipArray()
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "t"): return literal("true") != nil
        case UInt8(ascii: "f"): return literal("false") != nil
        case UInt8(ascii: "n"): return literal("null") != nil
        default: return number() != nil
        }
    }

    private mutating func skipObject() -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return false }
        index += 1  // {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return true }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), skipString() else { return false }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            guard skipValue() else { return false }
            skipWhitespace()
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return true }
            guard bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return true }
        }
    }

    private mutating func skipArray() -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return false }
        index += 1  // [
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return true }
        while true {
            guard skipValue() else { return false }
            skipWhitespace()
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return true }
            guard bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return true }
        }
    }

    /// `string()` without the decoded text: false on a raw control character, a bad escape
    /// or an unpaired surrogate.
    private mutating func skipString() -> Bool {
        index += 1  // "
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return true }
            if byte < 0x20 { return false }
            guard byte == UInt8(ascii: "\\") else { index += 1; continue }
            guard index + 1 < bytes.count else { return false }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                continue
            case UInt8(ascii: "u"):
                guard let unit = hex4() else { return false }
                if (0xD800...0xDBFF).contains(unit) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return false }
                    index += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return false
                }
            default:
                return false
            }
        }
        return false
    }
}

/// The member names `JSONLDReader.parse(_:keeping:)` builds, also as bytes: while every name
/// is ASCII, an ASCII member name equals one of them exactly when its bytes do (String
/// equality is canonical equivalence, and an ASCII string is its own only normal form).
struct MemberFilter: Sendable {
    let names: Set<String>
    /// The names' bytes, or nil when some name is not ASCII (then only `names` is asked).
    private let asciiNames: [[UInt8]]?

    init(_ names: Set<String>) {
        self.names = names
        asciiNames = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? names.map { Array($0.utf8) } : nil
    }

    /// Whether the member named by these ASCII bytes is kept.
    func contains(asciiName name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let asciiNames else { return names.contains(String(decoding: name, as: UTF8.self)) }
        return asciiNames.contains { $0.count == name.count && $0.elementsEqual(name) }
    }
}

extension JSONLDReader {
    /// The bytes of the string at `index` (an opening quote) when it is plain ASCII with no
    /// escape and no control character, moving past its closing quote; otherwise nil with
    /// `index` unchanged, for `string()` to read (or refuse) it.
    mutating func plainASCIIString() -> UnsafeBufferPointer<UInt8>? {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                defer { index = end + 1 }
                return UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            end += 1
        }
        return nil
    }
}
