import Foundation

/// Turns a raw Kafka value (JSON envelope, or bare text/HTML) into a `RawArticle`.
///
/// Everything that can be wrong with producer input is caught here, with an error
/// that says what to fix, so the stages only ever see well-formed articles.
public struct RawArticleDecoder: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int = 16 * 1024 * 1024) {
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
        let article: RawArticle
        do {
            article = try JSONDecoder().decode(RawArticle.self, from: Data(value))
        } catch let error as DecodingError {
            throw .invalidEnvelope(Self.describe(error))
        } catch {
            throw .invalidEnvelope(String(describing: error))
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

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "(top level)" : "field '\(keys)'"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)) must be \(Self.jsonTypeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context)) must be \(Self.jsonTypeName(type)), not null"
        case .keyNotFound(let key, _):
            return "required field '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "\(type)"
        }
    }
}
