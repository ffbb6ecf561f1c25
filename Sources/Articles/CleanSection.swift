/// What the cleaner adds: the article's main text and metadata, plus an audit
/// trail of everything it removed so users can see why text disappeared.
public struct CleanSection: Codable, Sendable, Equatable {
    public var title: String?
    public var byline: String?
    public var authors: [String]
    public var publishedAt: String?
    public var language: String?
    /// Canonical URL from the page (`<link rel=canonical>`, og:url), else the input URL.
    public var url: String?
    public var siteName: String?
    /// The body text: paragraphs joined by "\n\n". All offsets in the record index into it.
    public var text: String
    /// One span per body paragraph, in code points, end exclusive.
    public var paragraphs: [TextSpan]
    public var removed: [RemovedBlock]
    /// Which path of the HTML extractor produced `text`: `main` (the content selector),
    /// or a fallback taken when it found nothing credible: `fallback-cluster` (the largest
    /// run of text blocks), `fallback-jsonld` (the page's JSON-LD `articleBody`),
    /// `fallback-description` (og:description plus the page's paragraphs) or
    /// `fallback-visible` (all visible text minus navigation). Nil for plain-text input.
    public var extraction: String?

    public init(
        title: String? = nil,
        byline: String? = nil,
        authors: [String] = [],
        publishedAt: String? = nil,
        language: String? = nil,
        url: String? = nil,
        siteName: String? = nil,
        text: String,
        paragraphs: [TextSpan],
        removed: [RemovedBlock] = [],
        extraction: String? = nil
    ) {
        self.title = title
        self.byline = byline
        self.authors = authors
        self.publishedAt = publishedAt
        self.language = language
        self.url = url
        self.siteName = siteName
        self.text = text
        self.paragraphs = paragraphs
        self.removed = removed
        self.extraction = extraction
    }

    enum CodingKeys: String, CodingKey {
        case title, byline, authors
        case publishedAt = "published_at"
        case language, url
        case siteName = "site_name"
        case text, paragraphs, removed, extraction
    }
}

/// A half-open range of Unicode code points (`text[start..<end]` in Python terms).
public struct TextSpan: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A block the cleaner stripped, and why (`duplicate-title`, `comment-form`, `navigation`, ...).
public struct RemovedBlock: Codable, Sendable, Equatable {
    public var text: String
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
