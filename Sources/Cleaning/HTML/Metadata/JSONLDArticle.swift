/// The fields of schema.org JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, ...) the cleaner uses.
struct JSONLDArticle: Sendable {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    var datePublished: String?
    var inLanguage: String?
    var url: String?
    var publisherName: String?

    /// Reads all JSON-LD blocks of a page; unparseable blocks are skipped. The article
    /// object is preferred over WebPage/Organization objects when a page has several.
    static func read(_ blocks: [String]) -> JSONLDArticle {
        var result = JSONLDArticle()
        var objects: [[String: JSONLDValue]] = []
        for block in blocks {
            guard block.utf8.count < 4_000_000, let value = JSONLDReader.parse(block, keeping: readFilter) else { continue }
            collectObjects(value, into: &objects, depth: 0)
        }
        let articles = objects.filter { isArticleType($0["@type"]) }
        for object in articles + objects.filter({ !isArticleType($0["@type"]) }) {
            if result.headline == nil { result.headline = string(object["headline"]) }
            if result.articleBody == nil, isArticleType(object["@type"]) { result.articleBody = object["articleBody"]?.string }
            if result.authors.isEmpty, isArticleType(object["@type"]) { result.authors = names(object["author"]) }
            if result.datePublished == nil { result.datePublished = string(object["datePublished"]) }
            if result.inLanguage == nil { result.inLanguage = string(object["inLanguage"]) }
            if result.url == nil, isArticleType(object["@type"]) {
                result.url = string(object["url"]) ?? string(object["mainEntityOfPage"]?.object?["@id"])
            }
            if result.publisherName == nil { result.publisherName = names(object["publisher"]).first }
        }
        return result
    }

    /// Every member name this type reads from any object (articles, graphs, authors,
    /// publishers, `mainEntityOfPage`): the reader builds only these.
    static let readKeys: Set<String> = [
        "@type", "headline", "articleBody", "author", "datePublished", "inLanguage", "url", "mainEntityOfPage", "@id",
        "publisher", "name", "@graph", "mainEntity",
    ]

    private static let readFilter = MemberFilter(readKeys)

    private static func collectObjects(_ value: JSONLDValue, into objects: inout [[String: JSONLDValue]], depth: Int) {
        guard depth < 6, objects.count < 200 else { return }
        if let dictionary = value.object {
            objects.append(dictionary)
            if let graph = dictionary["@graph"] { collectObjects(graph, into: &objects, depth: depth + 1) }
            if let entity = dictionary["mainEntity"] { collectObjects(entity, into: &objects, depth: depth + 1) }
        } else if let array = value.array {
            for element in array { collectObjects(element, into: &objects, depth: depth + 1) }
        }
    }

    private static func isArticleType(_ type: JSONLDValue?) -> Bool {
        let types: [String] = type?.array?.compactMap(\.string) ?? [type?.string ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    private static func string(_ value: JSONLDValue?) -> String? {
        if let text = value?.string {
            let clean = TextNormalizer.collapseWhitespace(text)
            return clean.isEmpty ? nil : clean
        }
        if let array = value?.array { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    private static func names(_ value: JSONLDValue?) -> [String] {
        if let text = string(value) { return [text] }
        if let object = value?.object { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value?.array { return array.flatMap { names($0) } }
        return []
    }
}
