import Foundation

/// Turns a raw Kafka value (JSON envelope, or bare text/HTML) into a `RawArticle`.
///
/// Everything that can be wrong with producer input is caught here, with an error
/// that says what to fix, so the stages only ever see well-formed articles.
public struct RawArticleDecoder: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int = ArticleLimits.defaultMaxArticleBytes) {
        self.maxBytes = maxBytes
    }

    /// - Parameters:
    ///   - value: the record value as sent.
    ///   - contentTypeHeader: the record's `content-type` header, if any.
    public func decode(_ value: [UInt8], contentTypeHeader: String? = nil) throws(ArticleInputError) -> RawArticle {
        if value.isEmpty { throw .emptyPayload }
        if value.count > maxBytes { throw .tooLarge(bytes: value.count, limit: maxBytes) }

        let headerType = contentTypeHeader.flatMap(ContentTypeSniffer.fromHeader)
        let isJSONHeader = contentTypeHeader.map { $0.lowercased().hasPrefix("application/json") } ?? false
        if isJSONHeader || (headerType == nil && looksLikeJSONObject(value)) {
            return try decodeEnvelope(value)
        }
        let text = try TextDecoding.decode(value, declaredCharset: contentTypeHeader.flatMap(TextDecoding.charset(inContentType:)))
        let article = RawArticle(contentType: headerType ?? ContentTypeSniffer.sniff(text), body: text)
        try validateBody(article.body)
        return article
    }

    private func decodeEnvelope(_ value: [UInt8]) throws(ArticleInputError) -> RawArticle {
        if let bad = TextDecoding.firstInvalidUTF8Offset(value) { throw .invalidUTF8(byteOffset: bad) }
        if JSONNesting.exceeds(JSONNesting.maximumDepth, in: value) {
            throw .invalidEnvelope(
                "nesting deeper than \(JSONNesting.maximumDepth) levels; an envelope's fields are strings, so flatten or drop the nested field")
        }
        let article: RawArticle
        do {
            article = try JSONDecoder().decode(RawArticle.self, from: Data(value))
        } catch let error as DecodingError {
            throw .invalidEnvelope(JSONDecodingProblem.describe(error))
        } catch {
            throw .invalidEnvelope("not valid JSON")
        }
        try validateBody(article.body)
        return article
    }

    private func validateBody(_ body: String) throws(ArticleInputError) {
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyBody }
    }

    private func looksLikeJSONObject(_ value: [UInt8]) -> Bool {
        let first = value.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        return first == UInt8(ascii: "{")
    }
}
