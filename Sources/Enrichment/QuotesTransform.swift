import Articles
import QuoteAttribution

/// Stage 3: adds quotes with speakers linked to the record's entities.
public struct QuotesTransform: ArticleTransform {
    private let extractor = QuoteExtractor()

    public init() {}

    public func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        try RecordCoding.encode(addQuotes(to: RecordCoding.decodeRecord(value, requireClean: true)))
    }

    public func addQuotes(to record: ArticleRecord) -> ArticleRecord {
        guard let clean = record.clean else { return record }
        var record = record
        record.quotes = extractor.quotes(in: clean.text, paragraphs: clean.paragraphs, entities: record.entities ?? [])
        return record
    }
}
