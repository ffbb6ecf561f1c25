import Articles
import Foundation
import Testing

@Suite("Raw article decoding")
struct RawArticleDecoderTests {
    let decoder = RawArticleDecoder(maxBytes: 1_000)

    @Test("a JSON envelope keeps its fields")
    func envelope() throws {
        let json = #"{"id":"a1","url":"https://x.test/a","title":"T","published_at":"2024-01-02","content_type":"text/html","body":"<p>Hi</p>"}"#
        let article = try decoder.decode(Array(json.utf8))
        #expect(article.id == "a1")
        #expect(article.url == "https://x.test/a")
        #expect(article.publishedAt == "2024-01-02")
        #expect(article.resolvedContentType == .html)
        #expect(article.body == "<p>Hi</p>")
    }

    @Test("bare text and HTML payloads are sniffed, or taken from the header")
    func barePayloads() throws {
        #expect(try decoder.decode(Array("Plain words.".utf8)).resolvedContentType == .plainText)
        #expect(try decoder.decode(Array("  <!DOCTYPE html><p>x</p>".utf8)).resolvedContentType == .html)
        #expect(try decoder.decode(Array("<b>x</b>".utf8), contentTypeHeader: "text/html; charset=utf-8").resolvedContentType == .html)
    }

    @Test("a wrong field type names the field")
    func wrongFieldType() {
        #expect(throws: ArticleInputError.invalidEnvelope("field 'title' must be a string")) {
            try decoder.decode(Array(#"{"title": 42, "body": "text"}"#.utf8))
        }
    }

    @Test("invalid JSON, missing body, empty and blank bodies are rejected")
    func rejectedEnvelopes() {
        #expect(throws: ArticleInputError.invalidEnvelope("not valid JSON")) { try decoder.decode(Array(#"{"body": "x""#.utf8)) }
        #expect(throws: ArticleInputError.invalidEnvelope("required field 'body' is missing")) { try decoder.decode(Array(#"{"id": "x"}"#.utf8)) }
        #expect(throws: ArticleInputError.emptyPayload) { try decoder.decode([]) }
        #expect(throws: ArticleInputError.emptyBody) { try decoder.decode(Array(" \n\t ".utf8)) }
    }

    @Test("invalid UTF-8 is rejected with the offset of the first bad byte")
    func invalidUTF8() {
        #expect(throws: ArticleInputError.invalidUTF8(byteOffset: 3)) { try decoder.decode([0x61, 0x62, 0x63, 0xFF, 0x64]) }
    }

    @Test("payloads over the limit are rejected before parsing")
    func tooLarge() {
        let big = [UInt8](repeating: 0x61, count: 1_001)
        #expect(throws: ArticleInputError.tooLarge(bytes: 1_001, limit: 1_000)) { try decoder.decode(big) }
    }

    @Test("a Latin-1 page declaring its charset is decoded, not rejected")
    func latin1() throws {
        var bytes = Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>Caf"#.utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array("</p></body></html>".utf8))
        let article = try decoder.decode(bytes)
        #expect(article.body.contains("Café"))
        #expect(article.resolvedContentType == .html)
    }
}

@Suite("Declared charsets")
struct DeclaredCharsetTests {
    @Test("a page declaring Latin-1 that is valid UTF-8 is read as UTF-8, as scrapers deliver it")
    func utf8DespiteLatin1Declaration() throws {
        let page = #"<html><head><meta charset="iso-8859-1"></head><body><p>We’re here</p></body></html>"#
        let article = try RawArticleDecoder().decode(Array(page.utf8))
        #expect(article.body.contains("We’re here"))
    }

    @Test("windows-1252 bytes for curly quotes become the right characters")
    func windows1252() throws {
        let bytes: [UInt8] = Array("<p>".utf8) + [0x93, 0x48, 0x69, 0x94] + Array("</p>".utf8)
        #expect(try TextDecoding.decode(bytes, declaredCharset: "windows-1252") == "<p>“Hi”</p>")
    }
}
