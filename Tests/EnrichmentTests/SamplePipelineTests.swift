import Articles
import Enrichment
import Foundation
import TestSupport
import Testing

/// The whole offline pipeline (clean → entities → quotes, passing bytes between stages
/// as Kafka does) against the hand-made expectations in `samples/expected/`.
@Suite("Seed samples through all three transforms")
struct SamplePipelineTests {
    struct Expected: Decodable {
        let title: String
        let textStartsWith: String
        let textEndsWith: String
        let mustNotContain: [String]
        let paragraphCount: Int
        let entities: [String: [String]]
        let entityAliases: [String: [String]]
        let quotes: [ExpectedQuote]
        let publishedAt: String?
        let url: String?
        let language: String?

        enum CodingKeys: String, CodingKey {
            case title, entities, quotes, url, language
            case textStartsWith = "text_starts_with", textEndsWith = "text_ends_with"
            case mustNotContain = "must_not_contain", paragraphCount = "paragraph_count"
            case entityAliases = "entity_aliases", publishedAt = "published_at"
        }
    }

    struct ExpectedQuote: Decodable {
        let text: String
        let speaker: String
        let kind: String
    }

    static let pipeline = Result { try OfflinePipeline() }

    static func run(_ name: String, contentType: String) throws -> (ArticleRecord, [UInt8], Expected) {
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.path("samples/expected/\(name).json")))
        let expected = try JSONDecoder().decode(Expected.self, from: expectedData)
        let output = try pipeline.get().process(RepositoryPaths.sample(name), contentType: contentType)
        return (try ArticleJSON.decode(ArticleRecord.self, from: output.value), output.value, expected)
    }

    @Test("clean text, title and metadata match the expectations", arguments: [("blinken-priorities.txt", "text/plain"), ("blinken-priorities.html", "text/html")])
    func cleaning(name: String, contentType: String) throws {
        let (record, _, expected) = try Self.run(name, contentType: contentType)
        let clean = try #require(record.clean)
        #expect(clean.title == expected.title)
        #expect(record.title == expected.title)
        #expect(clean.text.hasPrefix(expected.textStartsWith))
        #expect(clean.text.hasSuffix(expected.textEndsWith))
        for banned in expected.mustNotContain { #expect(!clean.text.contains(banned), "\(banned)") }
        #expect(!clean.text.contains(expected.title))
        #expect(clean.paragraphs.count == expected.paragraphCount)
        if let published = expected.publishedAt { #expect(record.publishedAt == published) }
        if let url = expected.url { #expect(record.url == url) }
        if let language = expected.language { #expect(record.language == language) }
    }

    @Test("every expected entity is found with its type, aliases merged", arguments: ["blinken-priorities.txt", "blinken-priorities.html"])
    func entities(name: String) throws {
        let (record, _, expected) = try Self.run(name, contentType: name.hasSuffix("html") ? "text/html" : "text/plain")
        let entities = try #require(record.entities)
        for (type, names) in expected.entities {
            for name in names {
                #expect(entities.contains { $0.name == name && $0.type.rawValue == type }, "\(type) \(name)")
            }
        }
        for (canonical, aliases) in expected.entityAliases {
            let entity = try #require(entities.first { $0.name == canonical }, "\(canonical)")
            let surfaces = Set(entity.mentions.map(\.text))
            for alias in aliases { #expect(surfaces.contains(alias), "\(canonical) has mention \(alias)") }
        }
    }

    @Test("all 13 quotes come out with the right speaker and kind", arguments: ["blinken-priorities.txt", "blinken-priorities.html"])
    func quotes(name: String) throws {
        let (record, _, expected) = try Self.run(name, contentType: name.hasSuffix("html") ? "text/html" : "text/plain")
        let quotes = try #require(record.quotes)
        let clean = try #require(record.clean)
        let scalars = Array(clean.text.unicodeScalars)
        for want in expected.quotes {
            let found = quotes.first { $0.text == want.text }
            #expect(found?.speaker == want.speaker, "“\(want.text.prefix(40))…”")
            #expect(found?.kind.rawValue == want.kind, "“\(want.text.prefix(40))…” kind")
            if let found {
                #expect(String(String.UnicodeScalarView(scalars[found.start..<found.end])) == found.text, "offsets index the clean text")
                let speakerEntity = record.entities?.first { $0.id == found.speakerId }
                #expect(speakerEntity?.name == want.speaker, "speaker id links to the entity")
            }
        }
    }

    @Test("the enriched record is deterministic and matches the articles.enriched schema")
    func schemaAndDeterminism() throws {
        let (_, first, _) = try Self.run("blinken-priorities.html", contentType: "text/html")
        let (_, second, _) = try Self.run("blinken-priorities.html", contentType: "text/html")
        #expect(first == second)
        let validator = try JSONSchemaValidator(schemaFile: RepositoryPaths.schema(forTopic: "articles.enriched"))
        #expect(validator.violations(of: first) == [])
    }

    @Test("entity mention offsets index the clean text")
    func mentionOffsets() throws {
        let (record, _, _) = try Self.run("blinken-priorities.txt", contentType: "text/plain")
        let scalars = Array(try #require(record.clean).text.unicodeScalars)
        for entity in record.entities ?? [] {
            for mention in entity.mentions {
                #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
            }
        }
    }

    @Test("bad input becomes a typed failure with a reason, never a crash")
    func failures() throws {
        let pipeline = try Self.pipeline.get()
        #expect(throws: TransformFailure.self) { try pipeline.process([0xFF, 0xFE, 0x00]) }
        #expect(throws: TransformFailure.self) { try pipeline.process(Array(#"{"body": 3}"#.utf8)) }
        let notRecord = try? pipeline.entities.apply(value: Array("{}".utf8), key: nil, contentType: nil)
        #expect(notRecord == nil)
        do {
            _ = try pipeline.quotes.apply(value: Array(#"{"schema_version":1,"id":"x","content_type":"text/plain"}"#.utf8), key: nil, contentType: nil)
            Issue.record("a record without a clean section must be rejected")
        } catch {
            #expect(error.code == "missing-clean-section")
        }
    }
}
