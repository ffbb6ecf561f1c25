/// A JSON value reduced to what JSON-LD reading needs: numbers, booleans and null are
/// all `.other` (no field we read is one).
indirect enum JSONLDValue: Sendable {
    case object([String: JSONLDValue])
    case array([JSONLDValue])
    case string(String)
    case other

    var string: String? { if case .string(let text) = self { return text } else { return nil } }
    var object: [String: JSONLDValue]? { if case .object(let members) = self { return members } else { return nil } }
    var array: [JSONLDValue]? { if case .array(let elements) = self { return elements } else { return nil } }
}

/// Parses one JSON-LD block straight from UTF-8 bytes, accepting exactly what Foundation's
/// `JSONSerialization.jsonObject(with:options: .fragmentsAllowed)` accepted here before
/// (so pages read as they did): RFC 8259 plus one trailing comma in arrays and objects,
/// a leading byte-order mark, later duplicate keys winning, numbers refused when they
/// overflow a Double, and at most 512 levels of nesting (which also bounds the recursion).
/// Foundation went through `Data`, `Any` and bridging; this builds only the enum.
struct JSONLDReader {
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// Object members kept (nil: all); the others are checked but not built (see `parse(_:keeping:)`).
    private let keptKeys: MemberFilter?

    private init(_ bytes: UnsafeBufferPointer<UInt8>, keeping keptKeys: MemberFilter?) {
        self.bytes = bytes
        self.keptKeys = keptKeys
    }

    /// The value of `text`, or nil when it is not valid JSON.
    static func parse(_ text: String) -> JSONLDValue? {
        parse(text, keeping: nil as MemberFilter?)
    }

    /// The value of `text` with only the object members named in `keptKeys` (at every
    /// depth), or nil when the text is not valid JSON: the same texts are accepted and
    /// refused as by `parse(_:)`, but a member nobody reads (`image`, `logo`, `@context`...)
    /// is only checked, never built into Strings, arrays and dictionaries.
    static func parse(_ text: String, keeping keptKeys: Set<String>?) -> JSONLDValue? {
        parse(text, keeping: keptKeys.map(MemberFilter.init))
    }

    /// The same with the filter built once (`JSONLDArticle` keeps one for every page).
    static func parse(_ text: String, keeping keptKeys: MemberFilter?) -> JSONLDValue? {
        var copy = text
        return copy.withUTF8 { buffer -> JSONLDValue? in
            var reader = JSONLDReader(buffer, keeping: keptKeys)
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { reader.index = 3 }
            guard let value = reader.value() else { return nil }
            reader.skipWhitespace()
            return reader.index == buffer.count ? value : nil
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value() -> JSONLDValue? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONLDValue.string)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    mutating func literal(_ word: StaticString) -> JSONLDValue? {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { return nil }
        for k in 0..<length where bytes[index + k] != word.utf8Start[k] { return nil }
        index += length
        return .other
    }

    private mutating func object() -> JSONLDValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return nil }
        index += 1  // {
        var members: [String: JSONLDValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            // A member nobody reads is recognised from its name's bytes when it can be
            // (plain ASCII, no escapes): its name is never built into a String.
            let key: String?
            if let keptKeys, let name = plainASCIIString() {
                key = keptKeys.contains(asciiName: name) ? String(decoding: name, as: UTF8.self) : nil
            } else {
                guard let name = string() else { return nil }
                key = keptKeys?.names.contains(name) ?? true ? name : nil
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            if let key {
                guard let member = value() else { return nil }
                members[key] = member
            } else {
                guard skipValue() else { return nil }
            }
            skipWhitespace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipWhitespace()
            // One trailing comma is accepted.
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        }
    }

    private mutating func array() -> JSONLDValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return nil }
        index += 1  // [
        var elements: [JSONLDValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            guard let element = value() else { return nil }
            elements.append(element)
            skipWhitespace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        }
    }

    /// A string starting at the opening quote; nil on a raw control character, a bad
    /// escape or an unpaired surrogate.
    private mutating func string() -> String? {
        index += 1  // "
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else { out.append(byte); index += 1; continue }
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4() else { return nil }
                var scalarValue = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                    index += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                out.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
            default:
                return nil
            }
        }
        return nil
    }

    mutating func hex4() -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// A number by the JSON grammar, refused when it overflows a Double (as Foundation does).
    mutating func number() -> JSONLDValue? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { return nil }  // leading zero
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else { return nil }
        return .other
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
