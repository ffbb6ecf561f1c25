#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which attributes the pre-filter keeps, and how it writes a tag with only those.
extension HTMLPrefilter {
    /// What `copyTag` does with an attribute. `hint` carries the bit `copyTag` uses to
    /// notice a repeated `class`, `id` or `role`.
    enum AttributeKind { case dropped, kept, style, rel, itemprop, hint(UInt8) }

    /// The only attributes the cleaner reads on other elements (class, id, role, itemprop,
    /// hidden, aria-hidden, style, rel, content, datetime); the rest (href, src, srcset,
    /// data-*) is often most of a tag's bytes.
    static func attributeKind(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> AttributeKind {
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
        _ s: UnsafePointer<UInt8>, start: Int, nameEnd: Int, tagEnd: Int, into out: inout ByteSink, hints: inout HintValueCompactor
    ) {
        out.append(s + start, count: nameEnd - start)
        let end = tagEnd - 1  // the '>'
        let isLink = nameEnd - start == 2 && s[start + 1] | 0x20 == 0x61  // <a>
        var seenHints: UInt8 = 0
        var wroteHint = false
        var owedInertName: Range<Int>?  // a held-back all-inert hint attribute
        /// Writes the held-back inert attribute before the one just written from `mark`.
        func payOwedInert(before mark: Int) {
            guard let name = owedInertName else { return }
            owedInertName = nil
            let written = [UInt8](UnsafeBufferPointer(start: out.base + mark, count: out.count - mark))
            out.truncate(to: mark)
            out.append(0x20)
            out.append(s + name.lowerBound, count: name.count)
            out.append(0x3D); out.append(0x22); out.append(0x78); out.append(0x22)  // ="x"
            written.withUnsafeBufferPointer { if let base = $0.baseAddress { out.append(base, count: $0.count) } }
        }
        var i = nameEnd
        var selfClosing = false
        while i < end {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if c == 0x2F { selfClosing = true; i += 1; continue }
            selfClosing = false
            let attributeStart = i
            while i < end, !isSpace(s[i]), s[i] != 0x3D, s[i] != 0x3E, s[i] != 0x2F { i += 1 }
            let attributeNameEnd = i
            if attributeNameEnd == attributeStart { i += 1; continue }
            var j = i
            while j < end, isSpace(s[j]) { j += 1 }
            var valueStart = -1, valueEnd = -1
            if j < end, s[j] == 0x3D {
                j += 1
                while j < end, isSpace(s[j]) { j += 1 }
                if j < end, s[j] == 0x22 || s[j] == 0x27 {
                    let quote = s[j]
                    valueStart = j + 1
                    j += 1
                    // Values (URLs, srcset, data-*) are most of a tag's bytes: memchr to the closing quote.
                    if j < end, let found = memchr(s + j, Int32(quote), end - j) {
                        j = s.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    } else {
                        j = end
                    }
                    valueEnd = j
                    j = min(j + 1, end)
                } else {
                    valueStart = j
                    while j < end, !isSpace(s[j]) { j += 1 }
                    valueEnd = j
                }
                i = j
            }
            let mark = out.count
            switch attributeKind(s, attributeStart, attributeNameEnd) {
            case .dropped:
                continue
            case .style:
                if valueStart >= 0, !containsIgnoringCase(s, from: valueStart, to: valueEnd, "none"),
                   !containsIgnoringCase(s, from: valueStart, to: valueEnd, "hidden") {
                    continue
                }
            case .rel:
                // Read only on <a> as "author" (an entity may spell it, so those stay too).
                guard isLink, valueStart >= 0, containsIgnoringCase(s, from: valueStart, to: valueEnd, "author")
                    || memchr(s + valueStart, 0x26, valueEnd - valueStart) != nil
                else { continue }
            case .kept:
                break
            case .itemprop:
                // Part of the hint (`itemprop-NAME`), so it ends any held-back inert attribute's wait.
                out.append(0x20)
                out.append(s + attributeStart, count: i - attributeStart)
                payOwedInert(before: mark)
                wroteHint = true
                continue
            case .hint(let bit):
                if seenHints & bit != 0 { continue }
                seenHints |= bit
                // A quoted value is compacted (see `HintValueCompactor`); others are kept as written.
                if valueStart > attributeNameEnd, valueStart > 0, valueEnd < end, s[valueStart - 1] == s[valueEnd],
                   s[valueEnd] == 0x22 || s[valueEnd] == 0x27 {
                    out.append(0x20)
                    out.append(s + attributeStart, count: attributeNameEnd - attributeStart)
                    out.append(0x3D)
                    out.append(s[valueEnd])
                    let valueMark = out.count
                    hints.append(s, from: valueStart, to: valueEnd, into: &out)
                    if out.count == valueMark + 1, out.base[valueMark] == 0x78 {  // only inert tokens: "x"
                        out.truncate(to: mark)
                        if wroteHint, owedInertName == nil { owedInertName = attributeStart..<attributeNameEnd }
                        continue
                    }
                    out.append(s[valueEnd])
                } else {
                    out.append(0x20)
                    out.append(s + attributeStart, count: i - attributeStart)
                }
                payOwedInert(before: mark)
                wroteHint = true
                continue
            }
            out.append(0x20)
            out.append(s + attributeStart, count: i - attributeStart)
        }
        if selfClosing { out.append(0x2F) }
        out.append(0x3E)
    }
}
