/// The loop that passes which reshape spans share: decode each tagged sentence's spans, let
/// the pass edit them, and encode them back only when it changed something.
enum SpanRewriting {
    /// Calls `edit` with the spans and words of every sentence of `tags` (BILOU per sentence)
    /// that has a span; `edit` returns whether it changed the spans.
    static func rewrite(
        _ tags: inout [[Int]], sentences: [[String]], _ edit: (inout [LabeledSpan], [String]) -> Bool
    ) {
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            var spans = BILOU.decode(tags[s])
            if edit(&spans, sentences[s]) { tags[s] = BILOU.encode(spans, length: sentences[s].count) }
        }
    }
}
