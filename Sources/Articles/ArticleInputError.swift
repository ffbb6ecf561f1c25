/// Why a raw payload could not become an article. The description is what lands in
/// the dead-letter record's `newsflow-error` header, so it says what to fix.
public enum ArticleInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case emptyPayload
    case tooLarge(bytes: Int, limit: Int)
    case invalidUTF8(byteOffset: Int)
    case unsupportedCharset(String)
    case invalidEnvelope(String)
    case emptyBody

    public var code: String {
        switch self {
        case .emptyPayload: "empty-payload"
        case .tooLarge: "too-large"
        case .invalidUTF8: "invalid-utf8"
        case .unsupportedCharset: "unsupported-charset"
        case .invalidEnvelope: "invalid-envelope"
        case .emptyBody: "empty-body"
        }
    }

    public var description: String {
        switch self {
        case .emptyPayload:
            "empty-payload: the record has no value; send the article text, HTML or a JSON envelope"
        case .tooLarge(let bytes, let limit):
            "too-large: the article is \(bytes) bytes, over the \(limit)-byte limit (NEWSFLOW_MAX_ARTICLE_BYTES)"
        case .invalidUTF8(let offset):
            "invalid-utf8: the payload is not valid UTF-8 (first bad byte at \(offset)) and declares no supported charset"
        case .unsupportedCharset(let name):
            "unsupported-charset: the page declares charset \(name); send UTF-8, ISO-8859-1 or windows-1252"
        case .invalidEnvelope(let detail):
            "invalid-envelope: the JSON envelope is not valid: \(detail)"
        case .emptyBody:
            "empty-body: the article body is empty or only whitespace"
        }
    }
}
