import Articles

/// Turns a raw article (scraped text or a whole HTML page) into the article body and
/// its metadata, with an audit trail of everything removed. Pure and deterministic:
/// the same input always gives the same `CleanSection`.
public struct ArticleCleaner: Sendable {
    public struct Options: Sendable {
        /// Bodies larger than this many UTF-8 bytes are refused with `.inputTooLarge`.
        public var maxInputBytes: Int
        /// At most this many entries are kept in `removed`, so a huge page cannot bloat the record.
        public var maxRemovedEntries: Int

        public init(
            maxInputBytes: Int = ArticleLimits.maxDecodedBytes(forArticleBytes: ArticleLimits.defaultMaxArticleBytes),
            maxRemovedEntries: Int = 500
        ) {
            self.maxInputBytes = maxInputBytes
            self.maxRemovedEntries = maxRemovedEntries
        }
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Clean text or HTML into the article body + metadata. `article.contentType` may be nil (sniffed).
    public func clean(_ article: RawArticle) throws(CleaningError) -> CleanSection {
        let size = article.body.utf8.count
        guard size <= options.maxInputBytes else { throw .inputTooLarge(bytes: size, limit: options.maxInputBytes) }
        let controlShare = BinaryContentDetector.controlShare(article.body)
        guard controlShare <= BinaryContentDetector.maximumControlShare else { throw .binaryContent(controlCharacterShare: controlShare) }
        switch article.resolvedContentType {
        case .html: return try cleanHTML(article)
        default: return try cleanPlainText(article)
        }
    }

    private func cleanPlainText(_ article: RawArticle) throws(CleaningError) -> CleanSection {
        let output = PlainTextCleaner().clean(article.body, givenTitle: article.title)
        let (text, spans) = ParagraphAssembler.assemble(output.paragraphs)
        guard !text.isEmpty else { throw .noArticleText }
        return CleanSection(
            title: output.title,
            byline: output.bylineLine ?? (output.bylineNames.isEmpty ? nil : output.bylineNames.joined(separator: ", ")),
            authors: output.bylineNames,
            publishedAt: article.publishedAt.flatMap(ISODateNormalizer.normalize) ?? article.publishedAt,
            language: article.language,
            url: article.url,
            siteName: article.source,
            text: text,
            paragraphs: spans,
            removed: auditTrail(output.removed)
        )
    }

    private func cleanHTML(_ article: RawArticle) throws(CleaningError) -> CleanSection {
        let document = try HTMLParser.parse(article.body)
        let metadata = PageMetadata(document: document)
        let title = metadata.title ?? article.title
        let extracted = HTMLContentExtractor(document: document).extract(title: title)
        var paragraphs = extracted.paragraphs
        var path = ExtractionFallback.Path.main
        if !paragraphs.contains(where: ExtractionFallback.hasWord) {
            let fallback = ExtractionFallback(
                document: document, blocks: extracted.blocks, jsonLDBody: metadata.jsonLDBody, description: metadata.description)
            if let (fallbackParagraphs, fallbackPath) = fallback.paragraphs() {
                paragraphs = fallbackParagraphs
                path = fallbackPath
            }
        }
        let (text, spans) = ParagraphAssembler.assemble(paragraphs)
        guard !text.isEmpty else { throw .noArticleText }
        let authors = metadata.authors.isEmpty ? extracted.bylineNames : metadata.authors
        return CleanSection(
            title: title,
            byline: authors.isEmpty ? nil : authors.joined(separator: ", "),
            authors: authors,
            publishedAt: metadata.publishedAt ?? article.publishedAt.flatMap(ISODateNormalizer.normalize),
            language: metadata.language ?? article.language,
            url: resolve(metadata.url, against: article.url) ?? article.url,
            siteName: metadata.siteName ?? article.source,
            text: text,
            paragraphs: spans,
            removed: auditTrail(extracted.removed),
            extraction: path.rawValue
        )
    }

    private func auditTrail(_ entries: [HTMLContentExtractor.RemovedEntry]) -> [RemovedBlock] {
        entries.prefix(options.maxRemovedEntries).map { RemovedBlock(text: $0.text, reason: $0.reason.rawValue) }
    }

    /// Makes a root-relative canonical link ("/news/x") absolute using the article's URL.
    private func resolve(_ link: String?, against base: String?) -> String? {
        guard let link, !link.isEmpty else { return nil }
        guard link.hasPrefix("/"), !link.hasPrefix("//"), let base, let schemeEnd = base.range(of: "://") else { return link }
        let hostEnd = base[schemeEnd.upperBound...].firstIndex(of: "/") ?? base.endIndex
        return String(base[..<hostEnd]) + link
    }
}
