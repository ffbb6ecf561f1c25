/// An article as a producer delivers it to `articles.raw`: either a JSON envelope
/// or a bare text/HTML payload. `RawArticleDecoder` turns both into this one shape.
public struct RawArticle: Codable, Sendable, Equatable {
    public var id: String?
    public var url: String?
    public var source: String?
    public var title: String?
    public var publishedAt: String?
    public var language: String?
    public var contentType: ContentType?
    public var body: String

    public init(
        id: String? = nil, url: String? = nil, source: String? = nil, title: String? = nil,
        publishedAt: String? = nil, language: String? = nil, contentType: ContentType? = nil,
        body: String
    ) {
        self.id = id
        self.url = url
        self.source = source
        self.title = title
        self.publishedAt = publishedAt
        self.language = language
        self.contentType = contentType
        self.body = body
    }

    enum CodingKeys: String, CodingKey {
        case id, url, source, title
        case publishedAt = "published_at"
        case language
        case contentType = "content_type"
        case body
    }

    /// The id the pipeline uses: the producer's, else derived from the URL, else from
    /// the body, so that a retried send of the same article gets the same id.
    public var resolvedID: String {
        if let id, !id.isEmpty { return id }
        if let url, !url.isEmpty { return ArticleID.derive(from: "url:" + url) }
        return ArticleID.derive(from: "body:" + body)
    }

    /// The content type given, else sniffed from the body.
    public var resolvedContentType: ContentType {
        contentType ?? ContentTypeSniffer.sniff(body)
    }
}
