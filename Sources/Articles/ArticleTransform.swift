/// One pipeline stage as a pure function from an input record's bytes to an output
/// record's bytes. The stage runtime (Kafka) and `newsflow process` (offline) both
/// drive transforms through this protocol, so neither knows the other exists.
public protocol ArticleTransform: Sendable {
    /// - Parameters:
    ///   - value: the input record's value.
    ///   - key: the input record's key (the article id upstream), if any.
    ///   - contentType: the input record's `content-type` header, if any.
    /// - Returns: the output record: key (article id) and JSON value.
    /// - Throws: `TransformFailure` for input that cannot be processed; it goes to the DLQ.
    func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord
}

/// The output of a transform: an `ArticleRecord` encoded with `ArticleJSON`.
public struct TransformedRecord: Sendable, Equatable {
    public var key: String
    public var value: [UInt8]

    public init(key: String, value: [UInt8]) {
        self.key = key
        self.value = value
    }
}

/// Why a transform rejected a record: a stable `code` for metrics and filters, a
/// message that tells the producer what was wrong, and whether a replay can help.
/// Its description lands in the dead letter's `newsflow-error` header.
public struct TransformFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: DeadLetterCode
    public var message: String
    public var isRetriable: Bool

    public init(code: DeadLetterCode, message: String, isRetriable: Bool = false) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
    }

    public init(_ error: some DeadLetterError) {
        self.init(code: error.code, message: error.description, isRetriable: error.isRetriable)
    }

    public var description: String { message.hasPrefix(code.rawValue) ? message : "\(code): \(message)" }
}
