import Articles

/// Why an article could not be cleaned. The message goes to the DLQ header as is,
/// so it says what was wrong with the input and what to do about it.
public enum CleaningError: DeadLetterError, Equatable {
    /// Nothing that reads as article text was left after cleaning.
    case noArticleText
    /// The body does not look like text at all (control bytes, binary data).
    case binaryContent(controlCharacterShare: Double)
    /// libxml2 could not parse the page.
    case unparseableHTML(String)
    /// The body is larger than the cleaner accepts.
    case inputTooLarge(bytes: Int, limit: Int)

    public var code: DeadLetterCode {
        switch self {
        case .noArticleText: .noArticleText
        case .binaryContent: .binaryContent
        case .unparseableHTML: .unparseableHTML
        case .inputTooLarge: .tooLarge
        }
    }

    public var isRetriable: Bool {
        if case .inputTooLarge = self { return true }
        return false
    }

    public var explanation: String {
        switch self {
        case .noArticleText:
            "the page has no paragraph that reads as an article body (empty page, index page or only boilerplate)"
        case .binaryContent(let share):
            "the body looks like binary data, not text (\(Int((share * 100).rounded()))% control characters); send the article's text or HTML"
        case .unparseableHTML(let reason):
            "the HTML could not be parsed: \(reason)"
        case .inputTooLarge(let bytes, let limit):
            "the body is \(bytes) bytes, over the cleaner's limit of \(limit) bytes; send the article page alone"
        }
    }
}
