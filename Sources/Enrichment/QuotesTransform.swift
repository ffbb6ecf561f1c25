import Articles
import QuoteAttribution

/// Stage 3: adds quotes with speakers linked to the record's entities.
public struct QuotesTransform: ArticleTransform {
    private let extractor = QuoteExtractor()
    private let budgets: ArticleBudgets

    public init(budgets: ArticleBudgets = ArticleBudgets()) {
        self.budgets = budgets
    }

    public func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        let record = try RecordCoding.decodeRecord(value, requireClean: true, maxTextBytes: budgets.maxTextBytes)
        return try RecordCoding.encode(addQuotes(to: record), maxBytes: budgets.maxRecordBytes)
    }

    public func addQuotes(to record: ArticleRecord) -> ArticleRecord {
        guard let clean = record.clean else { return record }
        var record = record
        record.quotes = extractor.quotes(in: clean.text, paragraphs: clean.paragraphs, entities: record.entities ?? [])
        return record
    }
}
