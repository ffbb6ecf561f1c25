import Articles
import Testing

@Suite("Dead-letter codes")
struct DeadLetterCodeTests {
    static let inputErrors: [ArticleInputError] = [
        .emptyPayload, .tooLarge(bytes: 2, limit: 1), .invalidUTF8(byteOffset: 0),
        .unsupportedCharset("koi8-r"), .invalidEnvelope("x"), .emptyBody,
    ]

    @Test("every input error has a catalogued code, and its header starts with it", arguments: inputErrors)
    func inputErrorsAreCatalogued(error: ArticleInputError) {
        #expect(DeadLetterCode.catalogue.contains { $0.code == error.code })
        #expect(TransformFailure(error).description.hasPrefix("\(error.code): "))
    }

    @Test("each code has one meaning")
    func codesAreUnique() {
        #expect(Set(DeadLetterCode.catalogue.map(\.code)).count == DeadLetterCode.catalogue.count)
    }

    @Test("only a size limit makes a raw payload worth replaying unchanged")
    func retriable() {
        #expect(TransformFailure(ArticleInputError.tooLarge(bytes: 2, limit: 1)).isRetriable)
        #expect(!TransformFailure(ArticleInputError.emptyBody).isRetriable)
    }

    @Test("a wrong content_type names the allowed values, not Swift's decoder")
    func wrongContentType() throws {
        let envelope = Array(#"{"body": "Some text.", "content_type": "application/pdf"}"#.utf8)
        #expect(throws: ArticleInputError.invalidEnvelope(#"field 'content_type' must be one of "text/plain", "text/html""#)) {
            try RawArticleDecoder().decode(envelope, contentTypeHeader: "application/json")
        }
    }

    @Test("no envelope problem shows Swift type names", arguments: [
        #"{"body": ["a"]}"#, #"{"body": {"a": 1}}"#, #"{"body": "x", "title": 3}"#, #"{"title": "x"}"#, #"{"body": "x""#,
    ])
    func noSwiftWording(envelope: String) {
        do {
            _ = try RawArticleDecoder().decode(Array(envelope.utf8), contentTypeHeader: "application/json")
            Issue.record("\(envelope) was accepted")
        } catch {
            for leak in ["Swift.", "DecodingError", "Array<", "Dictionary<", "CodingKeys"] {
                #expect(!error.description.contains(leak), "\(error.description)")
            }
        }
    }
}
