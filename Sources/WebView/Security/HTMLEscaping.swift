import Mustache

/// How every `{{value}}` of the view's templates is escaped. swift-mustache's own HTML
/// escaping compares whole Characters, so a `"` followed by a combining mark (U+0301) is one
/// Character that is not `"` and goes out unescaped: a way out of an attribute. This one works
/// on Unicode scalars, so no neighbour can hide a special character. It also:
/// - replaces the bidirectional embedding, override and isolate controls (U+202A–U+202E,
///   U+2066–U+2069) with a visible `[U+202E]`, so article text cannot reorder the page
///   around it or disguise a name or URL;
/// - replaces C0/C1 control characters other than tab and line feed with U+FFFD.
public enum HTMLEscaping {
    /// The name of the content type in the templates' pragma.
    public static let contentTypeName = "NEWSFLOW_HTML"
    /// Put in front of every template, so no template can be parsed without it.
    public static let pragma = "{{% CONTENT_TYPE: \(contentTypeName)}}"

    /// Registers the content type; templates that name it do not parse before this ran.
    public static func register() {
        MustacheContentTypes.register(StrictHTMLContentType(), named: contentTypeName)
    }

    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3C: out.append(contentsOf: "&lt;".unicodeScalars)
            case 0x3E: out.append(contentsOf: "&gt;".unicodeScalars)
            case 0x26: out.append(contentsOf: "&amp;".unicodeScalars)
            case 0x22: out.append(contentsOf: "&quot;".unicodeScalars)
            case 0x27: out.append(contentsOf: "&#39;".unicodeScalars)
            case 0x60: out.append(contentsOf: "&#96;".unicodeScalars)
            case 0x09, 0x0A: out.append(scalar)
            case 0x0D: out.append("\n")
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: "[U+\(String(scalar.value, radix: 16, uppercase: true))]".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for the scalars `escape` makes visible instead of passing through.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

struct StrictHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
