import Articles

/// Decoding and encoding of `ArticleRecord` values between stages, with failures
/// phrased for the dead-letter header.
enum RecordCoding {
    /// `maxTextBytes`: a clean text longer than the NLP budget is refused (`too-large`):
    /// the cleaner never writes one, so it comes from elsewhere or a larger budget.
    static func decodeRecord(_ value: [UInt8], requireClean: Bool, maxTextBytes: Int = .max) throws(TransformFailure) -> ArticleRecord {
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
        if let text = record.clean?.text, text.utf8.count > maxTextBytes {
            throw TransformFailure(RecordError.textTooLong(bytes: text.utf8.count, limit: maxTextBytes))
        }
        return record
    }

    /// `maxBytes`: a larger record is refused (`output-too-large`) here, before a broker
    /// would refuse it and stall the partition.
    static func encode(_ record: ArticleRecord, maxBytes: Int = .max) throws(TransformFailure) -> TransformedRecord {
        let value: [UInt8]
        do {
            value = try ArticleJSON.encode(record)
        } catch {
            throw TransformFailure(RecordError.encodingFailed(detail: "\(type(of: error))"))
        }
        guard value.count <= maxBytes else { throw TransformFailure(RecordError.recordTooLarge(bytes: value.count, limit: maxBytes)) }
        return TransformedRecord(key: record.id, value: value)
    }
}
