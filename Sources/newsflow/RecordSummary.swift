import Articles

/// The human-readable view of an enriched record used by `demo` and `tail`.
enum RecordSummary {
    static func render(_ record: ArticleRecord) -> String {
        var lines: [String] = []
        lines.append("■ \(record.title ?? record.clean?.title ?? "(untitled)")")
        var facts = ["id \(record.id)", record.contentType.rawValue]
        if let published = record.publishedAt ?? record.clean?.publishedAt { facts.append("published \(published)") }
        if let url = record.url { facts.append(url) }
        lines.append("  " + facts.joined(separator: " · "))
        if let clean = record.clean {
            lines.append("  text: \(clean.paragraphs.count) paragraphs, \(clean.text.unicodeScalars.count) characters; removed \(clean.removed.count) blocks")
        }
        if let entities = record.entities {
            let named = entities.filter { [.person, .organization, .location, .misc].contains($0.type) }
            for type in [EntityType.person, .organization, .location, .misc] {
                let ofType = named.filter { $0.type == type }
                guard !ofType.isEmpty else { continue }
                let names = ofType.map { $0.count > 1 ? "\($0.name) ×\($0.count)" : $0.name }
                lines.append("  \(type.rawValue): \(names.joined(separator: ", "))")
            }
        }
        if let quotes = record.quotes {
            lines.append("  quotes: \(quotes.count)")
            for quote in quotes {
                let text = quote.text.count > 90 ? String(quote.text.prefix(87)) + "..." : quote.text
                lines.append("    “\(text)” — \(quote.speaker ?? "(unknown speaker)")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
