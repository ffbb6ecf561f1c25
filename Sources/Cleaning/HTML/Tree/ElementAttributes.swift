import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// What `HTMLTreeBuilder.startElement` takes from one element's attributes, read from
/// libxml2's NULL-terminated name/value C-string array in one pass.
struct ElementAttributes {
    /// Hash over the hint attribute values (`class`, `id`, `role`, `itemprop`), each after a
    /// marker; nil when the element has none with a value.
    private(set) var hintHash: UInt64?
    /// `hidden`, `aria-hidden="true"`, or a `style` with `display:none`/`visibility:hidden`.
    private(set) var hidden = false
    /// The attributes metadata and extraction read later by name; nil when none.
    private(set) var kept: [String: String]?

    @inline(__always)  // one call per element with attributes: as fast as when it was part of `startElement`
    init(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>, of tag: HTMLTag) {
        let keepsAllAttributes: Bool
        switch tag {
        case .meta, .link, .html, .time, .script: keepsAllAttributes = true
        default: keepsAllAttributes = false
        }
        var index = 0
        while let namePointer = attributes[index] {
            let valuePointer = attributes[index + 1]
            index += 2
            // Names are classified by their first byte, then compared as C strings: most
            // attributes (href, src, data-*) cost one byte compare and build no String.
            switch Self.attributeName(namePointer) {
            case .hint:
                guard let valuePointer, valuePointer.pointee != 0 else { continue }
                addToHint(valuePointer, marker: 1)
            case .itemprop:
                guard let valuePointer, valuePointer.pointee != 0 else { continue }
                addToHint(valuePointer, marker: 2)
                keep("itemprop", String(cString: valuePointer))
            case .hidden:
                hidden = true
            case .ariaHidden:
                if let valuePointer, String(cString: valuePointer).lowercased() == "true" { hidden = true }
            case .style:
                guard let valuePointer else { continue }
                if Self.styleHides(String(cString: valuePointer)) { hidden = true }
            case .rel where tag == .a:
                guard let valuePointer else { continue }
                let value = String(cString: valuePointer)
                if value.lowercased().containsBytes("author") { keep("rel", value) }
            case .contentOrDatetime:
                keep(String(cString: namePointer), valuePointer.map { String(cString: $0) } ?? "")
            case .type where tag == .input:
                // `<input type="hidden">` carries state, not a field anyone sees (`SubtreeTextCounts.formControls`).
                if let valuePointer, String(cString: valuePointer).lowercased() == "hidden" { keep("type", "hidden") }
            case .rel, .type, .other:
                guard keepsAllAttributes else { continue }
                keep(String(cString: namePointer), valuePointer.map { String(cString: $0) } ?? "")
            }
        }
    }

    private mutating func addToHint(_ value: UnsafePointer<UInt8>, marker: UInt64) {
        hintHash = Self.hash(hintHash ?? 0xcbf2_9ce4_8422_2325, value, marker: marker)
    }

    private mutating func keep(_ name: String, _ value: String) {
        kept = kept ?? [:]
        kept?[name] = value
    }

    /// Whether a `style` value hides the element (spaces and case ignored).
    private static func styleHides(_ value: String) -> Bool {
        guard value.containsBytes("none") || value.containsBytes("hidden") else { return false }
        let compact = value.lowercased().filter { $0 != " " }
        return compact.containsBytes("display:none") || compact.containsBytes("visibility:hidden")
    }

    /// The hint string, lower-cased: `class`, `id` and `role` values, and `itemprop-NAME`,
    /// space separated. Gathered as bytes; ASCII (nearly every hint) is lower-cased byte
    /// by byte, anything else goes through `String.lowercased()` as before.
    static func hintText(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>) -> String {
        var bytes: [UInt8] = []
        var index = 0
        while let namePointer = attributes[index] {
            let valuePointer = attributes[index + 1]
            index += 2
            guard let valuePointer, valuePointer.pointee != 0 else { continue }
            let isItemprop = equal(namePointer, "itemprop")
            guard isItemprop || equal(namePointer, "class") || equal(namePointer, "id") || equal(namePointer, "role") else { continue }
            if !bytes.isEmpty { bytes.append(0x20) }
            if isItemprop { bytes.append(contentsOf: "itemprop-".utf8) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: valuePointer, count: strlen(UnsafeRawPointer(valuePointer).assumingMemoryBound(to: CChar.self))))
        }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] += 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// The attribute names `init` reads; everything else is `.other`.
    private enum AttributeName {
        case hint  // class, id, role
        case itemprop, hidden, ariaHidden, style, rel, contentOrDatetime, type, other
    }

    /// Same answers as comparing the name with each literal in turn, but the first byte
    /// picks the one or two literals worth comparing.
    private static func attributeName(_ name: UnsafePointer<UInt8>) -> AttributeName {
        switch name.pointee {
        case UInt8(ascii: "c"):
            return equal(name, "class") ? .hint : equal(name, "content") ? .contentOrDatetime : .other
        case UInt8(ascii: "i"):
            return equal(name, "id") ? .hint : equal(name, "itemprop") ? .itemprop : .other
        case UInt8(ascii: "r"):
            return equal(name, "role") ? .hint : equal(name, "rel") ? .rel : .other
        case UInt8(ascii: "h"):
            return equal(name, "hidden") ? .hidden : .other
        case UInt8(ascii: "a"):
            return equal(name, "aria-hidden") ? .ariaHidden : .other
        case UInt8(ascii: "s"):
            return equal(name, "style") ? .style : .other
        case UInt8(ascii: "d"):
            return equal(name, "datetime") ? .contentOrDatetime : .other
        case UInt8(ascii: "t"):
            return equal(name, "type") ? .type : .other
        default:
            return .other
        }
    }

    private static func hash(_ seed: UInt64, _ pointer: UnsafePointer<UInt8>, marker: UInt64) -> UInt64 {
        let length = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return WordHash.mix((seed ^ marker) &* 0x100_0000_01b3, UnsafeBufferPointer(start: pointer, count: length).span)
    }

    private static func equal(_ pointer: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        strcmp(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self),
               UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }
}
