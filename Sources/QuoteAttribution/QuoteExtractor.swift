import Articles
import TextProcessing

/// Finds the quotations in an article's clean text and who said them.
///
/// Works with or without the entities stage's output: with entities, speakers carry
/// the entity's canonical name and id; without, people are spotted in the text.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotes in the clean text, in text order. `paragraphs` are code-point spans of the paragraphs
    /// (may be empty: then split on blank lines / newlines). speaker nil when unknown — never a guess.
    public func quotes(in text: String, paragraphs: [TextSpan], entities: [Entity]) -> [Quote] {
        let chars = Array(text.unicodeScalars)
        let spans = paragraphs.isEmpty
            ? ParagraphSplitter.paragraphs(in: chars)
            : ParagraphSplitter.sanitized(paragraphs, count: chars.count)
        let found = QuoteScanner().quotes(in: chars, paragraphs: spans)
        guard !found.isEmpty else { return [] }

        // Text after the paragraph following the last quote cannot attribute anything.
        let lastUseful = min(spans.count, (found.last?.paragraph ?? 0) + 2)
        var tokensByParagraph: [[FrameToken]] = []
        tokensByParagraph.reserveCapacity(lastUseful)
        var next = 0
        for (index, paragraph) in spans.prefix(lastUseful).enumerated() {
            var end = next
            while end < found.count, found[end].paragraph == index { end += 1 }
            tokensByParagraph.append(FrameTokenizer.tokens(chars, paragraph: paragraph, quotes: found, quoteIndices: next..<end))
            next = end
        }

        var directory = PersonDirectory(entities: entities, chars: chars, quotes: found)
        if directory.isEmpty { NameSpotter.collect(tokensByParagraph, into: &directory) }

        let attributions = Attributor.attribute(found, tokensByParagraph, &directory)
        return found.enumerated().compactMap { index, span in
            let attribution = attributions[index]
            if !attribution.cued || WorkTitleRule.followsTitleContext(chars, before: span.markStart),
               WorkTitleRule.isWorkTitle(chars[span.contentStart..<span.contentEnd]) { return nil }
            if WorkTitleRule.isSubheading(span, chars: chars, paragraph: spans[span.paragraph]) { return nil }
            return Quote(
                text: String(String.UnicodeScalarView(chars[span.contentStart..<span.contentEnd])),
                start: span.contentStart, end: span.contentEnd,
                kind: QuoteKindRule.kind(of: span, chars: chars, paragraphs: spans),
                speaker: attribution.speaker?.name, speakerId: attribution.speaker?.id, cue: attribution.cue)
        }
    }
}
