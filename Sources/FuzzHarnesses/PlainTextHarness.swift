import Articles

/// Fuzzes the plain-text cleaner (`ArticleCleaner` on `text/plain`): title, byline and
/// boilerplate removal, line joining and paragraph assembly. The first line of the input
/// is also given as the producer's title, which turns on duplicate-title removal.
/// Cleaning must be deterministic with paragraph spans that tile the text.
public func fuzzPlainText(_ data: UnsafeRawBufferPointer) {
    let text = FuzzInput.text(data)
    let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
    checkCleaning(RawArticle(contentType: .plainText, body: text))
    checkCleaning(RawArticle(title: firstLine, contentType: .plainText, body: text))
}
