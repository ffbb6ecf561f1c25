/// A named entity resolved at document level: every mention of the same real-world
/// thing ("Blinken", "Antony Blinken") sits under one canonical name and id.
public struct Entity: Codable, Sendable, Equatable {
    /// Stable within the article: "e1", "e2", ... in order of first mention.
    public var id: String
    public var name: String
    public var type: EntityType
    public var count: Int
    public var firstOffset: Int
    public var mentions: [Mention]

    public init(id: String, name: String, type: EntityType, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
        self.count = mentions.count
        self.firstOffset = mentions.map(\.start).min() ?? 0
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, count
        case firstOffset = "first_offset"
        case mentions
    }
}

public enum EntityType: String, Codable, Sendable, CaseIterable, Equatable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    case misc = "MISC"
    case date = "DATE"
    case money = "MONEY"
    case percent = "PERCENT"
    case cardinal = "CARDINAL"
}

/// One occurrence of an entity in the clean text (code points, end exclusive).
public struct Mention: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
