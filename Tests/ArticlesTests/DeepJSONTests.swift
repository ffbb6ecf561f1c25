import Articles
import Foundation
import Testing

/// Issue #15: "A valid JSON envelope nested 100,000 deep was reported as 'not valid JSON'".
@Suite("Deeply nested JSON envelopes")
struct DeepJSONTests {
    let decoder = RawArticleDecoder()

    /// A valid envelope whose `extra` field (ignored by Newsflow) nests `depth - 1`
    /// arrays, so the whole document nests `depth` levels.
    func envelope(depth: Int) -> [UInt8] {
        let inner = depth - 1
        return Array(#"{"id":"deep","body":"Some text.","extra":"#.utf8)
            + [UInt8](repeating: UInt8(ascii: "["), count: inner) + [UInt8](repeating: UInt8(ascii: "]"), count: inner)
            + Array("}".utf8)
    }

    @Test("an envelope nested 100,000 deep is refused as nesting deeper than 512, and its dead letter says so")
    func hundredThousandDeep() {
        #expect(throws: ArticleInputError.invalidEnvelope(
            "nesting deeper than 512 levels; an envelope's fields are strings, so flatten or drop the nested field")) {
            try decoder.decode(envelope(depth: 100_000))
        }
        do {
            _ = try decoder.decode(envelope(depth: 100_000))
        } catch {
            #expect(error.code == .invalidEnvelope)
            #expect(error.description.contains("nesting deeper than 512 levels"), "\(error.description)")
            #expect(!error.description.contains("not valid JSON"))
        }
    }

    @Test("an envelope nested exactly 512 deep is decoded: the limit is what the JSON decoder reads")
    func atTheLimit() throws {
        let article = try decoder.decode(envelope(depth: JSONNesting.maximumDepth))
        #expect(article.id == "deep")
        #expect(throws: ArticleInputError.self) { try decoder.decode(envelope(depth: JSONNesting.maximumDepth + 1)) }
    }

    @Test("brackets inside strings, escaped quotes included, do not count as nesting")
    func bracketsInStrings() throws {
        let brackets = String(repeating: "[{", count: 5_000)
        let json = #"{"title":"a \"quoted\" [","body":"\#(brackets) text"}"#
        let article = try decoder.decode(Array(json.utf8))
        #expect(article.body.hasPrefix("[{[{"))
        #expect(!JSONNesting.exceeds(1, in: Array(json.utf8)))
        #expect(JSONNesting.exceeds(1, in: Array(#"{"a":{"b":"c"}}"#.utf8)))
    }
}
