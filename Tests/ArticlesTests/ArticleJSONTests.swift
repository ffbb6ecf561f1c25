import Articles
import Foundation
import TestSupport
import Testing

@Suite("Record JSON")
struct ArticleJSONTests {
    static func sampleRecord() -> ArticleRecord {
        let text = "Blinken said “yes.”\n\nIt ended."
        return ArticleRecord(
            id: "a-1", url: "https://x.test/a", title: "T", contentType: .plainText,
            clean: CleanSection(
                title: "T", text: text,
                paragraphs: [TextSpan(start: 0, end: 19), TextSpan(start: 21, end: 30)],
                removed: [RemovedBlock(text: "Please enter your comment!", reason: "comment-form")]
            ),
            entities: [Entity(id: "e1", name: "Antony Blinken", type: .person, mentions: [Mention(text: "Blinken", start: 0, end: 7)])],
            quotes: [Quote(text: "yes.", start: 14, end: 18, kind: .full, speaker: "Antony Blinken", speakerId: "e1", cue: "said")]
        )
    }

    @Test("encoding is deterministic and uses snake_case keys")
    func deterministic() throws {
        let first = try ArticleJSON.encode(Self.sampleRecord())
        let second = try ArticleJSON.encode(Self.sampleRecord())
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix(#"{"clean":{"#))
        #expect(text.contains(#""schema_version":1"#))
        #expect(text.contains(#""first_offset":0"#))
        #expect(text.contains(#""speaker_id":"e1""#))
        #expect(text.contains("https://x.test/a"))
    }

    @Test("a record survives a round trip")
    func roundTrip() throws {
        let record = Self.sampleRecord()
        #expect(try ArticleJSON.decode(ArticleRecord.self, from: ArticleJSON.encode(record)) == record)
    }

    @Test("an enriched record matches the articles.enriched schema; one without quotes does not")
    func schema() throws {
        let validator = try JSONSchemaValidator(schemaFile: RepositoryPaths.schema(forTopic: "articles.enriched"))
        #expect(validator.violations(of: try ArticleJSON.encode(Self.sampleRecord())) == [])
        var partial = Self.sampleRecord()
        partial.quotes = nil
        #expect(validator.violations(of: try ArticleJSON.encode(partial)) == ["$: missing required quotes"])
    }
}
