import Articles

/// Why a record between stages could not be read or written.
enum RecordError: DeadLetterError {
    /// Not JSON, or JSON that is not an article record.
    case invalidRecord(detail: String)
    /// Written by a newer Newsflow than this stage.
    case unsupportedSchemaVersion(found: Int, supported: Int)
    /// Entities and quotes need the cleaner's output.
    case missingCleanSection
    /// The output record could not be encoded.
    case encodingFailed(detail: String)
    /// The clean text is over the NLP budget (`NEWSFLOW_MAX_TEXT_BYTES`).
    case textTooLong(bytes: Int, limit: Int)
    /// The output record is over `NEWSFLOW_MAX_RECORD_BYTES`.
    case recordTooLarge(bytes: Int, limit: Int)

    var code: DeadLetterCode {
        switch self {
        case .invalidRecord: .invalidRecord
        case .unsupportedSchemaVersion: .unsupportedSchemaVersion
        case .missingCleanSection: .missingCleanSection
        case .encodingFailed: .encodingFailed
        case .textTooLong: .tooLarge
        case .recordTooLarge: .outputTooLarge
        }
    }

    /// A stage upgraded to the record's schema, or with a larger budget, can read it.
    var isRetriable: Bool {
        switch self {
        case .unsupportedSchemaVersion, .textTooLong, .recordTooLarge: true
        default: false
        }
    }

    var explanation: String {
        switch self {
        case .invalidRecord(let detail):
            "the value is not an article record (\(detail))"
        case .unsupportedSchemaVersion(let found, let supported):
            "record has schema_version \(found); this worker reads up to \(supported)"
        case .missingCleanSection:
            "the record has no `clean` section; route it through newsflow-cleaner first"
        case .encodingFailed(let detail):
            "the record could not be encoded as JSON (\(detail))"
        case .textTooLong(let bytes, let limit):
            "the clean text is \(bytes) bytes, over the NLP budget of \(limit) (NEWSFLOW_MAX_TEXT_BYTES); replay after raising it"
        case .recordTooLarge(let bytes, let limit):
            "the output record would be \(bytes) bytes, over \(limit) (NEWSFLOW_MAX_RECORD_BYTES); replay after raising it and the topic's max.message.bytes"
        }
    }
}
