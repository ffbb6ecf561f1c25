import Articles
import Cleaning

/// Stage 1: raw payload (envelope or bare text/HTML) → record with its `clean` section.
public struct CleanTransform: ArticleTransform {
    private let decoder: RawArticleDecoder
    private let cleaner: ArticleCleaner
    private let budgets: ArticleBudgets

    public init(budgets: ArticleBudgets = ArticleBudgets()) {
        self.budgets = budgets
        self.decoder = RawArticleDecoder(maxBytes: budgets.maxArticleBytes)
        self.cleaner = ArticleCleaner(options: .init(maxInputBytes: ArticleLimits.maxDecodedBytes(forArticleBytes: budgets.maxArticleBytes)))
    }

    public init(maxArticleBytes: Int) {
        self.init(budgets: ArticleBudgets(maxArticleBytes: maxArticleBytes))
    }

    public func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        try RecordCoding.encode(cleanRecord(value: value, key: key, contentType: contentType), maxBytes: budgets.maxRecordBytes)
    }

    /// The record itself, for offline use.
    public func cleanRecord(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> ArticleRecord {
        let raw: RawArticle
        do {
            raw = try decoder.decode(value, contentTypeHeader: contentType)
        } catch {
            throw TransformFailure(error)
        }
        let clean: CleanSection
        do {
            clean = TextBudget.apply(try cleaner.clean(raw), maxBytes: budgets.maxTextBytes)
        } catch {
            throw TransformFailure(error)
        }
        return ArticleRecord(
            id: Self.id(for: raw, key: key),
            url: raw.url ?? clean.url,
            source: raw.source ?? clean.siteName,
            title: raw.title ?? clean.title,
            publishedAt: raw.publishedAt ?? clean.publishedAt,
            language: raw.language ?? clean.language,
            contentType: raw.resolvedContentType,
            clean: clean
        )
    }

    /// The envelope's id, else the record key the producer chose, else one derived from URL or body.
    static func id(for raw: RawArticle, key: [UInt8]?) -> String {
        if let id = raw.id, !id.isEmpty { return id }
        if let key, !key.isEmpty, TextDecoding.firstInvalidUTF8Offset(key) == nil {
            return String(decoding: key, as: UTF8.self)
        }
        return raw.resolvedID
    }
}
