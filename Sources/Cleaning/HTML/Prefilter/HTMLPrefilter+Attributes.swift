/// Which attributes the pre-filter keeps, and how it writes a tag with only those.
extension HTMLPrefilter {
    /// What `copyTag` does with an attribute. `hint` carries the bit `copyTag` uses to
    /// notice a repeated `class`, `id` or `role`.
    enum AttributeKind { case dropped, kept, style, rel, itemprop, hint(UInt8) }

    /// The only attributes the cleaner reads on other elements (class, id, role, itemprop,
    /// hidden, aria-hidden, style, rel, content, datetime); the rest (href, src, srcset,
    /// data-*) is often most of a tag's bytes.
    static func attributeKind(_ s: Span<UInt8>, _ name: Range<Int>) -> AttributeKind {
        let start = name.lowerBound, end = name.upperBound
        let kept: Bool
        switch end - start {
        case 2: return equalsIgnoringCase(s, start, end, "id") ? .hint(2) : .dropped
        case 3: return equalsIgnoringCase(s, start, end, "rel") ? .rel : .dropped
        case 4: return equalsIgnoringCase(s, start, end, "role") ? .hint(4) : .dropped
        case 5:
            if equalsIgnoringCase(s, start, end, "style") { return .style }
            return equalsIgnoringCase(s, start, end, "class") ? .hint(1) : .dropped
        case 6: kept = equalsIgnoringCase(s, start, end, "hidden")
        case 7: kept = equalsIgnoringCase(s, start, end, "content")
        case 8:
            if equalsIgnoringCase(s, start, end, "itemprop") { return .itemprop }
            kept = equalsIgnoringCase(s, start, end, "datetime")
        case 11: kept = equalsIgnoringCase(s, start, end, "aria-hidden")
        default: kept = false
        }
        return kept ? .kept : .dropped
    }

    /// Copies `<name ...>` keeping only the attributes `attributeKind` keeps (and `style`
    /// only when it can hide the element, `rel` only on a link that may name its author).
    ///
    /// A `class`, `id` or `role` whose value compacts to the inert `x` alone is dropped too
    /// (it is about half of all attributes), because an element's hint is only ever read as
    /// tokens, and inert tokens change no answer except by standing between two others: such
    /// an attribute is held back and written only if a later hint attribute follows an
    /// earlier one. libxml2 keeps only the first of a repeated attribute, so repeats of
    /// `class`, `id` or `role` are dropped here, else a dropped first one would let a second
    /// one through.
    static func copyTag(
        _ s: Span<UInt8>, start: Int, nameEnd: Int, tagEnd: Int, into out: inout ByteSink, hints: inout HintValueCompactor
    ) {
        out.append(s.extracting(start..<nameEnd))
        let end = tagEnd - 1  // the '>'
        let isLink = nameEnd - start == 2 && s[start + 1] | 0x20 == 0x61  // <a>
        var hintAttributes = HintAttributes()
        var attributes = TagAttributes(from: nameEnd, to: end)
        while let attribute = attributes.next(in: s) {
            switch attributeKind(s, attribute.name) {
            case .dropped:
                continue
            case .style:
                // Kept when it may hide the element (or has no value to tell).
                if let value = attribute.value, !containsIgnoringCase(s, from: value.lowerBound, to: value.upperBound, "none"),
                   !containsIgnoringCase(s, from: value.lowerBound, to: value.upperBound, "hidden") {
                    continue
                }
            case .rel:
                // Read only on <a> as "author" (an entity may spell it, so those stay too).
                guard isLink, let value = attribute.value,
                      containsIgnoringCase(s, from: value.lowerBound, to: value.upperBound, "author")
                        || s.firstIndex(of: 0x26, in: value) != nil
                else { continue }
            case .kept:
                break
            case .itemprop:
                hintAttributes.write(attribute, s, into: &out)
                continue
            case .hint(let bit):
                hintAttributes.write(attribute, bit: bit, s, tagEnd: end, into: &out, hints: &hints)
                continue
            }
            out.append(0x20)
            out.append(s.extracting(attribute.written))
        }
        if attributes.endsSelfClosing { out.append(0x2F) }
        out.append(0x3E)
    }

    /// What `copyTag` remembers about the hint attributes (`class`, `id`, `role`, `itemprop`)
    /// of one tag, to drop repeats and all-inert values without changing the hint.
    private struct HintAttributes {
        /// The `AttributeKind.hint` bits of the attributes seen.
        private var seen: UInt8 = 0
        private var wroteHint = false
        /// The name of a held-back all-inert hint attribute.
        private var owedInertName: Range<Int>?

        /// `itemprop`: part of the hint (`itemprop-NAME`), so it ends any held-back inert attribute's wait.
        mutating func write(_ attribute: TagAttribute, _ s: Span<UInt8>, into out: inout ByteSink) {
            let mark = out.count
            out.append(0x20)
            out.append(s.extracting(attribute.written))
            payOwedInert(s, before: mark, into: &out)
            wroteHint = true
        }

        /// `class`, `id` or `role`: the first of each is written, a quoted value compacted (see `HintValueCompactor`).
        mutating func write(
            _ attribute: TagAttribute, bit: UInt8, _ s: Span<UInt8>, tagEnd: Int, into out: inout ByteSink,
            hints: inout HintValueCompactor
        ) {
            guard seen & bit == 0 else { return }
            seen |= bit
            let mark = out.count
            if let value = attribute.value, attribute.hasClosedQuote(s, before: tagEnd) {
                let quote = s[value.upperBound]
                out.append(0x20)
                out.append(s.extracting(attribute.name))
                out.append(0x3D)
                out.append(quote)
                let valueMark = out.count
                hints.append(s, from: value.lowerBound, to: value.upperBound, into: &out)
                if out.count == valueMark + 1, out[valueMark] == 0x78 {  // only inert tokens: "x"
                    out.truncate(to: mark)
                    if wroteHint, owedInertName == nil { owedInertName = attribute.name }
                    return
                }
                out.append(quote)
            } else {
                out.append(0x20)
                out.append(s.extracting(attribute.written))
            }
            payOwedInert(s, before: mark, into: &out)
            wroteHint = true
        }

        /// Writes the held-back inert attribute before the one just written from `mark`.
        private mutating func payOwedInert(_ s: Span<UInt8>, before mark: Int, into out: inout ByteSink) {
            guard let name = owedInertName else { return }
            owedInertName = nil
            var written: [UInt8] = []
            out.copyBytes(from: mark, to: &written)
            out.truncate(to: mark)
            out.append(0x20)
            out.append(s.extracting(name))
            out.append(0x3D); out.append(0x22); out.append(0x78); out.append(0x22)  // ="x"
            out.append(written.span)
        }
    }
}
