import Articles

/// Decoding and encoding of `ArticleRecord` values between stages, with failures
/// phrased for the dead-letter header.
enum RecordCoding {
    static func decodeRecord(_ value: [UInt8], requireClean: Bool) throws(TransformFailure) -> ArticleRecord {
        let record: ArticleRecord
        do {
            record = try ArticleJSON.decode(ArticleRecord.self, from: value)
        } catch {
            throw TransformFailure(code: "invalid-record", message: "invalid-record: the value is not an article record (\(error))")
        }
        guard record.schemaVersion <= ArticleRecord.currentSchemaVersion else {
            throw TransformFailure(
                code: "unsupported-schema-version",
                message: "unsupported-schema-version: record has schema_version \(record.schemaVersion); this worker reads up to \(ArticleRecord.currentSchemaVersion)"
            )
        }
        if requireClean && record.clean == nil {
            throw TransformFailure(code: "missing-clean-section", message: "missing-clean-section: the record has no `clean` section; route it through newsflow-cleaner first")
        }
        return record
    }

    static func encode(_ record: ArticleRecord) throws(TransformFailure) -> TransformedRecord {
        do {
            return TransformedRecord(key: record.id, value: try ArticleJSON.encode(record))
        } catch {
            throw TransformFailure(code: "encoding-failed", message: "encoding-failed: \(error)")
        }
    }
}
