/// Why a raw payload could not become an article. The description is what lands in
/// the dead-letter record's `newsflow-error` header, so it says what to fix.
public enum ArticleInputError: DeadLetterError, Equatable {
    case emptyPayload
    case tooLarge(bytes: Int, limit: Int)
    case invalidUTF8(byteOffset: Int)
    case unsupportedCharset(String)
    case invalidEnvelope(String)
    case emptyBody

    public var code: DeadLetterCode {
        switch self {
        case .emptyPayload: .emptyPayload
        case .tooLarge: .tooLarge
        case .invalidUTF8: .invalidUTF8
        case .unsupportedCharset: .unsupportedCharset
        case .invalidEnvelope: .invalidEnvelope
        case .emptyBody: .emptyBody
        }
    }

    /// Only a size limit can be raised; the other payloads need fixing at the source.
    public var isRetriable: Bool {
        if case .tooLarge = self { return true }
        return false
    }

    public var explanation: String {
        switch self {
        case .emptyPayload:
            "the record has no value; send the article text, HTML or a JSON envelope"
        case .tooLarge(let bytes, let limit):
            "the article is \(bytes) bytes, over the \(limit)-byte limit (NEWSFLOW_MAX_ARTICLE_BYTES)"
        case .invalidUTF8(let offset):
            "the payload is not valid UTF-8 (first bad byte at \(offset); over 10 % of its bytes are invalid) and declares no supported charset"
        case .unsupportedCharset(let name):
            "the page declares charset \(name), which is unknown or which over 10 % of its bytes are not valid in; send UTF-8 or a charset iconv knows (Shift_JIS, GBK, Big5, EUC-KR, windows-1251, ISO-8859-x, ...)"
        case .invalidEnvelope(let detail):
            "the JSON envelope is not valid: \(detail)"
        case .emptyBody:
            "the article body is empty or only whitespace"
        }
    }
}
