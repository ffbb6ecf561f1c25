/// The record every stage reads and writes after the raw topic.
///
/// Each stage adds its section (`clean`, `entities`, `quotes`) and keeps the rest,
/// so every downstream topic is useful on its own. Field order and encoding are
/// fixed by `ArticleJSON`, which makes the bytes deterministic for a given input.
public struct ArticleRecord: Codable, Sendable, Equatable {
    /// Bumped when a field changes meaning or is removed; additions keep the version.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    public var url: String?
    public var source: String?
    public var title: String?
    public var publishedAt: String?
    public var language: String?
    public var contentType: ContentType
    public var clean: CleanSection?
    public var entities: [Entity]?
    public var quotes: [Quote]?

    public init(
        id: String,
        url: String? = nil,
        source: String? = nil,
        title: String? = nil,
        publishedAt: String? = nil,
        language: String? = nil,
        contentType: ContentType,
        clean: CleanSection? = nil,
        entities: [Entity]? = nil,
        quotes: [Quote]? = nil
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.url = url
        self.source = source
        self.title = title
        self.publishedAt = publishedAt
        self.language = language
        self.contentType = contentType
        self.clean = clean
        self.entities = entities
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case id, url, source, title
        case publishedAt = "published_at"
        case language
        case contentType = "content_type"
        case clean, entities, quotes
    }
}

/// How the raw body was delivered; decides which cleaner runs.
public enum ContentType: String, Codable, Sendable, Equatable, CaseIterable {
    case plainText = "text/plain"
    case html = "text/html"
}
