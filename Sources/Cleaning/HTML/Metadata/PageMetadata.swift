/// Article metadata read from `<meta>`, OpenGraph, JSON-LD and the DOM, in that order of trust.
package struct PageMetadata: Sendable {
    package var title: String?
    var authors: [String] = []
    var publishedAt: String?
    var language: String?
    var url: String?
    var siteName: String?
    var jsonLDBody: String?
    /// `og:description` or the meta description, for `ExtractionFallback`.
    var description: String?

    package init(document: HTMLDocument) {
        var meta: [String: String] = [:]
        var canonical: String?
        var htmlLanguage: String?
        var firstTimeAttribute: String?
        var itemprop: [String: String] = [:]
        var relAuthors: [String] = []
        // Only elements that kept attributes can carry metadata; in document order.
        for node32 in document.attributes.keys.sorted() {
            guard let attributes = document.attributes[node32] else { continue }
            let node = Int(node32)
            switch document.tags[node] {
            case .meta:
                // One pass over the few attributes instead of up to five hashed lookups.
                var content: String?, property: String?, name: String?, itempropValue: String?, httpEquiv: String?
                for (attribute, value) in attributes {
                    switch attribute {
                    case "content": content = value
                    case "property": property = value
                    case "name": name = value
                    case "itemprop": itempropValue = value
                    case "http-equiv": httpEquiv = value
                    default: break
                    }
                }
                guard let content else { continue }
                let key = (property ?? name ?? itempropValue ?? httpEquiv ?? "").lowercased()
                // Only keys read below are kept (viewport, description, og:image... never are).
                // `MetaKeys` is also what the pre-filter keeps: a key read here but missing there is never stored.
                if !key.isEmpty, MetaKeys.all.contains(key), meta[key] == nil { meta[key] = TextNormalizer.collapseWhitespace(content) }
            case .link:
                if canonical == nil, attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = attributes["href"], !href.isEmpty {
                    canonical = href.trimmingCharacters(in: " \n\t")
                }
            case .html:
                if htmlLanguage == nil { htmlLanguage = attributes["lang"] ?? attributes["xml:lang"] }
            case .time:
                if firstTimeAttribute == nil { firstTimeAttribute = attributes["datetime"] }
            default:
                break
            }
            // Only `author` and `datepublished` are read: other properties (`name` of every
            // person and organisation) no longer gather their element's text.
            if let property = attributes["itemprop"]?.lowercased(), property == "author" || property == "datepublished",
               itemprop[property] == nil {
                let value = attributes["content"] ?? attributes["datetime"] ?? (property == "author" ? document.textContent(of: node) : nil)
                if let value, !value.isEmpty { itemprop[property] = value }
            }
            if document.tags[node] == .a, relAuthors.count < 5, attributes["rel"]?.lowercased() == "author" {
                let name = document.textContent(of: node)
                if !name.isEmpty, name.unicodeScalars.count < 60 { relAuthors.append(name) }
            }
        }
        let jsonLD = JSONLDArticle.read(document.jsonLD)
        jsonLDBody = jsonLD.articleBody

        siteName = meta["og:site_name"] ?? jsonLD.publisherName ?? meta["application-name"] ?? meta["twitter:site"].map {
            $0.hasPrefix("@") ? String($0.dropFirst()) : $0
        }
        var rawTitle: String? = meta["og:title"] ?? jsonLD.headline
        if rawTitle == nil { rawTitle = MetaKeys.title.lazy.compactMap({ meta[$0] }).first }
        if rawTitle == nil, !document.titleText.isEmpty { rawTitle = document.titleText }
        title = rawTitle.map { TitleCleaner.removeSiteName(from: $0, siteName: siteName) }

        var names: [String] = jsonLD.authors
        if names.isEmpty, let author = MetaKeys.author.lazy.compactMap({ meta[$0] }).first, !author.hasPrefix("http") {
            names = [author.hasPrefix("By ") ? String(author.dropFirst(3)) : author]
        }
        if names.isEmpty, let author = itemprop["author"] { names = [TextNormalizer.collapseWhitespace(author)] }
        if names.isEmpty { names = relAuthors }
        authors = Self.unique(names.filter { !$0.isEmpty && !$0.hasPrefix("http") && $0.unicodeScalars.count < 100 })

        var rawDate: String? = meta["article:published_time"] ?? jsonLD.datePublished ?? itemprop["datepublished"]
        if rawDate == nil { rawDate = MetaKeys.publishedAt.lazy.compactMap { meta[$0] }.first ?? firstTimeAttribute }
        publishedAt = rawDate.flatMap(ISODateNormalizer.normalize)

        let rawLanguage = htmlLanguage ?? MetaKeys.language.lazy.compactMap({ meta[$0] }).first ?? jsonLD.inLanguage
        language = rawLanguage.flatMap(Self.languageCode)

        url = canonical ?? meta["og:url"] ?? jsonLD.url
        description = MetaKeys.description.lazy.compactMap({ meta[$0] }).first
    }

    /// "en-US", "en_GB", "EN" → "en": the primary language subtag.
    static func languageCode(_ raw: String) -> String? {
        let primary = raw.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
