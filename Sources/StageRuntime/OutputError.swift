import Articles

/// Why an output record could not be delivered and went to the dead-letter topic instead.
enum OutputError: DeadLetterError {
    /// Larger than the producer's `message.max.bytes`.
    case tooLarge(bytes: Int)

    var code: DeadLetterCode { .outputTooLarge }
    /// Raising `message.max.bytes` (producer and broker) lets a replay through.
    var isRetriable: Bool { true }

    var explanation: String {
        switch self {
        case .tooLarge(let bytes):
            "the enriched record is \(bytes) bytes, over the producer's message.max.bytes"
        }
    }
}
