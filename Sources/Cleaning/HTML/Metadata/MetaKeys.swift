/// The `<meta>` keys (`property`, `name` or `http-equiv`, lower-cased) metadata reads,
/// each list in order of trust. One list serves `PageMetadata` and the pre-filter, which
/// drops the head's other `<meta>` elements (description, viewport, og:image...) before
/// libxml2 reads their long `content` values.
enum MetaKeys {
    static let siteName = ["og:site_name", "application-name", "twitter:site"]
    static let title = ["og:title", "twitter:title", "title"]
    static let author = ["author", "article:author", "byl", "sailthru.author", "dc.creator"]
    static let publishedAt = ["article:published_time", "og:article:published_time", "date", "pubdate", "publish-date",
                              "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date"]
    static let language = ["og:locale", "content-language", "language"]
    static let url = ["og:url"]
    /// Read only when the main extraction is empty (`ExtractionFallback`).
    static let description = ["og:description", "twitter:description", "description"]

    static let all: Set<String> = Set(siteName + title + author + publishedAt + language + url + description)
}
