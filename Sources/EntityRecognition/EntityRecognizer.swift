import Articles
import TextProcessing

/// Finds and resolves the named entities of an article's clean text: the
/// statistical tagger for PERSON / ORGANIZATION / LOCATION / MISC, rules for
/// DATE / MONEY / PERCENT / CARDINAL, then document-level merging.
public final class EntityRecognizer: Sendable {
    /// The tagger behind it (for benchmarks and evaluation).
    public let model: NERModel

    public init(model: NERModel) {
        self.model = model
    }

    /// Loads the model shipped in the package resources (Bundle.module). Must load < 1 s.
    /// The model is read once per process; later calls return the same immutable,
    /// thread-safe recognizer, so calling this per article costs nothing.
    public static func shipped() throws -> EntityRecognizer {
        try shippedOnce.get()
    }

    private static let shippedOnce: Result<EntityRecognizer, any Error> = Result {
        EntityRecognizer(model: try NERResources.shippedModel())
    }

    /// Resolved document-level entities over the clean text, ids "e1","e2",... by first mention.
    /// `paragraphs` are code-point spans (may be empty: then split on blank lines).
    public func entities(in text: String, paragraphs: [TextSpan]) -> [Entity] {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        let sentences = Self.sentences(in: text, tokens: tokens, paragraphs: paragraphs)
        let tags = model.tag(sentences: sentences.map { r in tokens[r].map(\.text) })
        var covered = [Bool](repeating: false, count: tokens.count)
        var raw: [EntityResolver.RawMention] = []
        for (range, sentenceTags) in zip(sentences, tags) {
            let words = tokens[range].map(\.text)
            var spans = MentionSpanRules.apply(BILOU.decode(sentenceTags), words: words)
            var inSpan = [Bool](repeating: false, count: words.count)
            for s in spans { for k in s.start..<s.end { inSpan[k] = true } }
            let untagged = MentionSpanRules.untaggedNames(words: words) { inSpan[$0] }
            for s in untagged { for k in s.start..<s.end { inSpan[k] = true } }
            spans += untagged
            for span in spans {
                let start = range.lowerBound + span.start
                let end = range.lowerBound + span.end
                let mentionWords = Array(words[span.start..<span.end])
                let surface = Self.surface(scalars: scalars, tokens: tokens, start: start, end: end)
                if EntityAliases.isTitle(mentionWords.joined(separator: " ")) { continue }
                for k in start..<end { covered[k] = true }
                // An office before a name ("President Obama") is not part of the mention, but the
                // resolver reads it: it keeps him apart from "Michelle Obama".
                let office = PersonTitles.officeStart(of: span, words: words, covered: inSpan)
                raw.append(.init(mention: surface, type: Self.entityType(span.label), words: Array(words[office..<span.end])))
            }
        }
        for match in NumericEntityRules.matches(tokens) where !(match.start..<match.end).contains(where: { covered[$0] }) {
            let words = tokens[match.start..<match.end].map(\.text)
            raw.append(.init(mention: Self.surface(scalars: scalars, tokens: tokens, start: match.start, end: match.end),
                             type: match.type, words: words))
        }
        raw.sort { $0.mention.start < $1.mention.start }
        return EntityResolver.resolve(raw)
    }

    static func entityType(_ label: EntityLabel) -> EntityType {
        switch label {
        case .person: .person
        case .organization: .organization
        case .location: .location
        case .misc: .misc
        }
    }

    /// The mention's exact text in the article (code points `start..<end`).
    static func surface(scalars: [Unicode.Scalar], tokens: [Token], start: Int, end: Int) -> Mention {
        let from = tokens[start].start, to = tokens[end - 1].end
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return Mention(text: String(view), start: from, end: to)
    }

    /// Longest token run tagged as one sentence; longer runs (lists, junk without
    /// punctuation) are cut so decoding memory stays bounded.
    static let maxSentenceTokens = 400

    /// Sentences that never cross a paragraph boundary, at most `maxSentenceTokens` long.
    static func sentences(in text: String, tokens: [Token], paragraphs: [TextSpan]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in paragraphSentences(in: text, tokens: tokens, paragraphs: paragraphs) {
            var from = range.lowerBound
            while range.upperBound - from > maxSentenceTokens {
                result.append(from..<(from + maxSentenceTokens))
                from += maxSentenceTokens
            }
            result.append(from..<range.upperBound)
        }
        return result
    }

    static func paragraphSentences(in text: String, tokens: [Token], paragraphs: [TextSpan]) -> [Range<Int>] {
        let base = SentenceSplitter.sentences(in: text, tokens: tokens)
        guard !paragraphs.isEmpty else { return base }
        let starts = paragraphs.map(\.start).sorted()
        var result: [Range<Int>] = []
        var p = 0
        for range in base {
            var from = range.lowerBound
            for k in range where k > range.lowerBound {
                while p < starts.count, starts[p] <= tokens[k - 1].start { p += 1 }
                if p < starts.count, tokens[k].start >= starts[p] {
                    result.append(from..<k)
                    from = k
                }
            }
            result.append(from..<range.upperBound)
        }
        return result
    }
}
