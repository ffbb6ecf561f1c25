/// What `HTMLPrefilter.copyTag` remembers about the hint attributes (`class`, `id`, `role`, `itemprop`)
/// of one tag, to drop repeats and all-inert values without changing the hint.
struct HintAttributes {
    /// The `HTMLPrefilter.AttributeKind.hint` bits of the attributes seen.
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
