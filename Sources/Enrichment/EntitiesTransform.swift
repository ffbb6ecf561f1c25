import Articles
import EntityRecognition

/// Stage 2: adds document-level named entities to a cleaned record.
public struct EntitiesTransform: ArticleTransform {
    private let recognizer: EntityRecognizer
    private let budgets: ArticleBudgets

    public init(recognizer: EntityRecognizer, budgets: ArticleBudgets = ArticleBudgets()) {
        self.recognizer = recognizer
        self.budgets = budgets
    }

    /// With the model shipped in the package resources.
    public init(budgets: ArticleBudgets = ArticleBudgets()) throws {
        self.init(recognizer: try EntityRecognizer.shipped(), budgets: budgets)
    }

    public func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        let record = try RecordCoding.decodeRecord(value, requireClean: true, maxTextBytes: budgets.maxTextBytes)
        return try RecordCoding.encode(addEntities(to: record), maxBytes: budgets.maxRecordBytes)
    }

    public func addEntities(to record: ArticleRecord) -> ArticleRecord {
        guard let clean = record.clean else { return record }
        var record = record
        record.entities = recognizer.entities(in: clean.text, paragraphs: clean.paragraphs)
        return record
    }
}
