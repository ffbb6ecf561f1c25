/// The element names the extractor reasons about; everything else is `.other`.
/// Interning names once at parse time keeps the per-node checks to integer compares.
enum HTMLTag: UInt8, Sendable {
    case other, text
    case html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe
    case p, div, span, section, article, main, header, footer, nav, aside
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case blockquote, pre, code, figure, figcaption, picture, img, video, audio, object, embed, canvas
    case a, br, hr, time, form, input, button, select, option, textarea, label, fieldset, dialog, menu
    case address, center, details, summary, small

    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    /// Looks a NUL-terminated element name up without building a String: names of up
    /// to eight bytes are packed into one integer key.
    init(cName: UnsafePointer<UInt8>) {
        var key: UInt64 = 0
        var length = 0
        while length < 9, cName[length] != 0 {
            key = key << 8 | UInt64(cName[length])
            length += 1
        }
        if length <= 8 {
            self = HTMLTag.packedNames.tag(for: key)
        } else {
            self = HTMLTag(name: String(cString: cName))
        }
    }

    private static let packedNames = PackedTagTable(byName.filter { $0.key.utf8.count <= 8 }.map { name, tag in
        (name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, tag)
    })

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .iframe,
            .p, .div, .span, .section, .article, .main, .header, .footer, .nav, .aside,
            .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .blockquote, .pre, .code, .figure, .figcaption, .picture, .img, .video, .audio, .object, .embed, .canvas,
            .a, .br, .hr, .time, .form, .input, .button, .select, .option, .textarea, .label, .fieldset, .dialog, .menu,
            .address, .center, .details, .summary, .small,
        ]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// Elements whose start or end separates paragraphs of text.
    var breaksBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .nav, .aside,
             .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
             .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
             .blockquote, .pre, .figure, .figcaption, .br, .hr, .form, .fieldset, .address, .center,
             .details, .summary, .body, .html, .title, .dialog, .menu, .option, .textarea, .button, .select, .iframe:
            return true
        default:
            return false
        }
    }

    /// Elements whose content is never article text. MathML (`math`) is not among them:
    /// its token elements hold a formula's text, which readers of a science or finance
    /// story see as part of the paragraph (hidden copies are dropped as hidden).
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .iframe, .button, .select, .option,
             .textarea, .input, .object, .embed, .canvas, .video, .audio, .dialog:
            return true
        default:
            return false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}

/// Element names packed into integers (up to eight bytes) → tags, in an open-addressing
/// table indexed by a multiplicative hash: looked up once per element, where a
/// `Dictionary` paid for SipHash every time.
struct PackedTagTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 512)
    private var tags = [HTMLTag](repeating: .other, count: 512)

    init(_ entries: [(UInt64, HTMLTag)]) {
        for (key, tag) in entries where key != 0 {
            var slot = Self.slot(key)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & 511 }
            keys[slot] = key
            tags[slot] = tag
        }
    }

    /// The tag stored for `key`, or `.other`.
    func tag(for key: UInt64) -> HTMLTag {
        var slot = Self.slot(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return tags[slot] }
            slot = (slot + 1) & 511
        }
        return .other
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }
}
