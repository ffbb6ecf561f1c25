import Articles

/// Decoding and encoding of `ArticleRecord` values between stages, with failures
/// phrased for the dead-letter header.
enum RecordCoding {
    static func decodeRecord(_ value: [UInt8], requireClean: Bool) throws(TransformFailure) -> ArticleRecord {
        let record: ArticleRecord
        do {
            record = try ArticleJSON.decode(ArticleRecord.self, from: value)
        } catch let error as DecodingError {
            throw TransformFailure(RecordError.invalidRecord(detail: JSONDecodingProblem.describe(error)))
        } catch {
            throw TransformFailure(RecordError.invalidRecord(detail: "not valid JSON"))
        }
        guard record.schemaVersion <= ArticleRecord.currentSchemaVersion else {
            throw TransformFailure(RecordError.unsupportedSchemaVersion(found: record.schemaVersion, supported: ArticleRecord.currentSchemaVersion))
        }
        if requireClean && record.clean == nil {
            throw TransformFailure(RecordError.missingCleanSection)
        }
        return record
    }

    static func encode(_ record: ArticleRecord) throws(TransformFailure) -> TransformedRecord {
        do {
            return TransformedRecord(key: record.id, value: try ArticleJSON.encode(record))
        } catch {
            throw TransformFailure(RecordError.encodingFailed(detail: "\(type(of: error))"))
        }
    }
}
