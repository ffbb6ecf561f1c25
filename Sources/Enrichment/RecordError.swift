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

    var code: DeadLetterCode {
        switch self {
        case .invalidRecord: .invalidRecord
        case .unsupportedSchemaVersion: .unsupportedSchemaVersion
        case .missingCleanSection: .missingCleanSection
        case .encodingFailed: .encodingFailed
        }
    }

    /// A stage upgraded to the record's schema can read it.
    var isRetriable: Bool {
        if case .unsupportedSchemaVersion = self { return true }
        return false
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
        }
    }
}
