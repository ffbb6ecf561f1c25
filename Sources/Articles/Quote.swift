/// A quotation and who said it. `speaker` is nil when the text gives no reliable
/// speaker: a wrong speaker is worse than none.
public struct Quote: Codable, Sendable, Equatable {
    /// The quoted words without the quotation marks.
    public var text: String
    /// Code-point offsets of `text` in the clean text (marks excluded), end exclusive.
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public var speaker: String?
    /// The `Entity.id` of the speaker in the same record, when the speaker is an entity.
    public var speakerId: String?
    /// The cue that attributes the quote ("said", "according to", ...).
    public var cue: String?

    public init(
        text: String, start: Int, end: Int, kind: QuoteKind,
        speaker: String? = nil, speakerId: String? = nil, cue: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
        self.speakerId = speakerId
        self.cue = cue
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, speaker
        case speakerId = "speaker_id"
        case cue
    }
}

/// `full`: a whole quoted statement; `partial`: a fragment inside the writer's sentence.
public enum QuoteKind: String, Codable, Sendable, Equatable {
    case full
    case partial
}
