/// The stable code at the start of a dead letter's `newsflow-error` header
/// (`too-large: the article is …`). Users filter and alert on it, so a code never
/// changes meaning; `DeadLetterCode.catalogue` documents every one the pipeline emits.
/// A struct (not an enum) so tests and plug-in transforms can add codes of their own.
public struct DeadLetterCode: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public var description: String { rawValue }
}

/// An error that sends a record to the dead-letter topic. Each concern (decoding the raw
/// payload, cleaning, reading records between stages, delivery) has its own enum of
/// these, so every failure has one code, one sentence and one retry answer.
public protocol DeadLetterError: Error, Sendable, CustomStringConvertible {
    /// The stable code, first in the `newsflow-error` header.
    var code: DeadLetterCode { get }
    /// Whether sending the same record again can succeed without changing it (after a
    /// deploy or a configuration change), so replaying the dead letter is worth it.
    var isRetriable: Bool { get }
    /// What was wrong and what to do, for a person reading the header.
    var explanation: String { get }
}

extension DeadLetterError {
    /// `code: explanation`, the `newsflow-error` header's value.
    public var description: String { "\(code): \(explanation)" }
}
