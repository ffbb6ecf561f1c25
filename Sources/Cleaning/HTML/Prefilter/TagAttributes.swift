/// One attribute of a start tag, as positions in the page.
struct TagAttribute {
    var name: Range<Int>
    /// The value without its quotes; nil when the attribute has no `=`.
    var value: Range<Int>?
    /// Just past the attribute as written: its name, and `=`, the value and a closing quote when it has one.
    var end: Int

    /// The attribute as written, for copying it unchanged.
    var written: Range<Int> { name.lowerBound..<end }

    /// Whether the value is quoted and its closing quote is before `tagEnd` (the `>`).
    func hasClosedQuote(_ s: Span<UInt8>, before tagEnd: Int) -> Bool {
        guard let value, value.lowerBound > name.upperBound, value.lowerBound > 0, value.upperBound < tagEnd else { return false }
        let close = s[value.upperBound]
        return s[value.lowerBound - 1] == close && (close == 0x22 || close == 0x27)
    }
}

/// The attributes of one start tag, read the way the pre-filter always read them (libxml2
/// agrees on every tag it keeps): names end at a space, `=`, `>` or `/`; a quoted value ends
/// at its quote, an unquoted one at a space.
struct TagAttributes {
    private var position: Int
    private let end: Int
    /// Whether the last thing before `>` was a `/`.
    private(set) var endsSelfClosing = false

    /// The attributes between `nameEnd` (the end of the element name) and `end` (the `>`).
    init(from nameEnd: Int, to end: Int) {
        position = nameEnd
        self.end = end
    }

    @inline(__always)  // the loop of `copyTag`, once per attribute
    mutating func next(in page: Span<UInt8>) -> TagAttribute? {
        // Cut at the `>`: the loops below then stop at `s.count`, which also ends the bounds checks' work.
        let s = page.extracting(0..<end)
        let end = s.count
        while position < end {
            let c = s[position]
            if HTMLPrefilter.isSpace(c) { position += 1; continue }
            if c == 0x2F { endsSelfClosing = true; position += 1; continue }
            endsSelfClosing = false
            let nameStart = position
            while position < end, !Self.endsName(s[position]) { position += 1 }
            let name = nameStart..<position
            if name.isEmpty { position += 1; continue }  // a stray `=` or `>`
            var j = skipSpaces(s, from: position)
            guard j < end, s[j] == 0x3D else { return TagAttribute(name: name, value: nil, end: position) }
            j = skipSpaces(s, from: j + 1)
            let value: Range<Int>
            if j < end, s[j] == 0x22 || s[j] == 0x27 {
                // Values (URLs, srcset, data-*) are most of a tag's bytes: memchr to the closing quote.
                let close = s.firstIndex(of: s[j], in: j + 1..<max(j + 1, end)) ?? end
                value = j + 1..<close
                position = min(close + 1, end)
            } else {
                let valueStart = j
                while j < end, !HTMLPrefilter.isSpace(s[j]) { j += 1 }
                value = valueStart..<j
                position = j
            }
            return TagAttribute(name: name, value: value, end: position)
        }
        return nil
    }

    private func skipSpaces(_ s: Span<UInt8>, from start: Int) -> Int {
        var j = start
        while j < end, HTMLPrefilter.isSpace(s[j]) { j += 1 }
        return j
    }

    /// Space, `=`, `>` or `/`.
    @inline(__always)
    private static func endsName(_ c: UInt8) -> Bool {
        HTMLPrefilter.isSpace(c) || c == 0x3D || c == 0x3E || c == 0x2F
    }
}
