import Articles
import TextProcessing

/// Fuzzes the tokenizer, the sentence splitter and the paragraph splitter on arbitrary
/// text. Tokens must be in order, non-empty, non-overlapping and carry exactly the text
/// at their offsets; sentences must cover every token once, in order; paragraph spans
/// (found, or given and sanitised) must be ordered and inside the text. Every answer
/// must be the same when asked twice.
public func fuzzTokenizer(_ data: UnsafeRawBufferPointer) {
    let text = FuzzInput.text(data)
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(text)
    invariant(tokens == Tokenizer.tokenize(text), "tokenizing the same text twice gave different tokens")
    checkOrderedSpans(tokens.map { ($0.start, $0.end) }, within: scalars.count, "tokens")
    for token in tokens { checkSurface(token.text, token.start, token.end, in: scalars, "token") }

    let sentences = SentenceSplitter.sentences(in: text, tokens: tokens)
    invariant(sentences == SentenceSplitter.sentences(in: text, tokens: tokens), "splitting sentences twice gave different answers")
    var nextToken = 0
    for sentence in sentences {
        invariant(sentence.lowerBound == nextToken && !sentence.isEmpty, "sentence \(sentence) does not start at token \(nextToken)")
        nextToken = sentence.upperBound
    }
    invariant(nextToken == tokens.count, "sentences cover \(nextToken) of \(tokens.count) tokens")

    let paragraphs = ParagraphSplitter.paragraphs(in: scalars)
    checkOrderedSpans(paragraphs.map { ($0.start, $0.end) }, within: scalars.count, "paragraphs")
    // Spans as a producer might send them: derived from the bytes, so out of range and out of order.
    let given = stride(from: 0, to: data.count - 1, by: 2).map { TextSpan(start: Int(data[$0]) - 8, end: Int(data[$0 + 1])) }
    let sanitized = ParagraphSplitter.sanitized(given, count: scalars.count)
    checkOrderedSpans(sanitized.map { ($0.start, $0.end) }, within: scalars.count, "sanitized paragraphs")
}
