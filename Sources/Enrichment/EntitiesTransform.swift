import Articles
import EntityRecognition

/// Stage 2: adds document-level named entities to a cleaned record.
public struct EntitiesTransform: ArticleTransform {
    private let recognizer: EntityRecognizer

    public init(recognizer: EntityRecognizer) {
        self.recognizer = recognizer
    }

    /// With the model shipped in the package resources.
    public init() throws {
        self.init(recognizer: try EntityRecognizer.shipped())
    }

    public func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        try RecordCoding.encode(addEntities(to: RecordCoding.decodeRecord(value, requireClean: true)))
    }

    public func addEntities(to record: ArticleRecord) -> ArticleRecord {
        guard let clean = record.clean else { return record }
        var record = record
        record.entities = recognizer.entities(in: clean.text, paragraphs: clean.paragraphs)
        return record
    }
}
