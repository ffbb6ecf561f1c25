/// A Roman numeral is never a name on its own. In the gold of CoNLL-2003, GUM, wikineural,
/// BTC, WNUT-17 and re3d, one numeral span stands alone against 126 inside a name ("Wilhelm
/// II", "World War II", "Rocky III"). The tagger sometimes gives the numeral a span of its own,
/// right after the name it belongs to ("Puppet Master" MISC, "III" PER) or after an untagged
/// word ("type III modules"). After tagging, a one-word span II–XVIII joins the span that ends
/// right before it, taking that span's type, and otherwise is untagged.
///
/// "V" and "X" are left alone: they are also words ("AGASSI V SAMPRAS", the platform X).
/// An untagged numeral after a person's name is `RegnalNumbers`'s.
enum LoneNumerals {
    static let numerals: Set<String> = RegnalNumbers.numerals.subtracting(["V", "X"])

    /// Joins or untags one-word numeral spans of `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        SpanRewriting.rewrite(&tags, sentences: sentences) { spans, words in
            guard spans.contains(where: { isLoneNumeral($0, words) }) else { return false }
            var kept: [LabeledSpan] = []
            for span in spans {
                guard isLoneNumeral(span, words) else {
                    kept.append(span)
                    continue
                }
                if let last = kept.last, last.end == span.start { kept[kept.count - 1].end = span.end }
            }
            spans = kept
            return true
        }
    }

    private static func isLoneNumeral(_ span: LabeledSpan, _ words: [String]) -> Bool {
        span.end - span.start == 1 && numerals.contains(words[span.start])
    }
}
