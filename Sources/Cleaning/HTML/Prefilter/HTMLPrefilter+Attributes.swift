/// Which attributes the pre-filter keeps, and how it writes a tag with only those.
extension HTMLPrefilter {
    /// What `copyTag` does with an attribute. `hint` carries the bit `copyTag` uses to
    /// notice a repeated `class`, `id` or `role`.
    enum AttributeKind { case dropped, kept, style, rel, type, itemprop, hint(UInt8) }

    /// The only attributes the cleaner reads on other elements (class, id, role, itemprop,
    /// hidden, aria-hidden, style, rel, content, datetime, type="hidden"); the rest (href, src, srcset,
    /// data-*) is often most of a tag's bytes.
    static func attributeKind(_ s: Span<UInt8>, _ name: Range<Int>) -> AttributeKind {
        let start = name.lowerBound, end = name.upperBound
        let kept: Bool
        switch end - start {
        case 2: return equalsIgnoringCase(s, start, end, "id") ? .hint(2) : .dropped
        case 3: return equalsIgnoringCase(s, start, end, "rel") ? .rel : .dropped
        case 4:
            if equalsIgnoringCase(s, start, end, "type") { return .type }
            return equalsIgnoringCase(s, start, end, "role") ? .hint(4) : .dropped
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
            case .type:
                // Only `type="hidden"`: a form field nobody sees (`SubtreeTextCounts.formControls`).
                guard let value = attribute.value, value.count == 6,
                      equalsIgnoringCase(s, value.lowerBound, value.upperBound, "hidden")
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
}
