import Foundation

/// The articles list: newest first, with the search.
struct ListPage {
    struct Scope {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Row {
        let id: String
        let href: String
        let title: String
        let source: String
        let published: String
        let entityCount: Int
        let quoteCount: Int
        let speakers: String
        let arrived: String
    }

    let chrome: Chrome
    let query: String
    let hasQuery: Bool
    let scopes: [Scope]
    let summary: String
    let rows: [Row]
    let emptyText: String

    static let shownRows = 200

    init(window: ArticleWindow, query: String, scope: ArticleWindow.Scope, chrome: Chrome, topic: String) {
        self.chrome = chrome
        self.query = query
        hasQuery = !query.isEmpty
        scopes = ArticleWindow.Scope.allCases.map {
            Scope(value: $0.rawValue, label: $0 == .any ? "title, entity or speaker" : $0.rawValue, selected: $0 == scope)
        }
        let result = window.newest(matching: query, in: scope, limit: Self.shownRows)
        rows = result.rows.map { summary, position in
            Row(
                id: summary.id, href: "/article?" + Format.query([("id", summary.id)]), title: summary.title,
                source: summary.source ?? "", published: summary.publishedAt ?? "", entityCount: summary.entityCount,
                quoteCount: summary.quoteCount, speakers: summary.speakers.prefix(4).joined(separator: ", ") + (summary.speakers.count > 4 ? " …" : ""),
                arrived: Format.time(ms: position.timestampMs))
        }
        let counts = window.counts
        if query.isEmpty {
            summary = "The \(min(result.held, Self.shownRows)) newest of the \(result.held) articles held (the newest \(window.capacity) read from \(topic); \(counts.received) records read\(counts.undecodable > 0 ? ", \(counts.undecodable) not article records" : ""))."
        } else {
            summary = "\(result.matched) of the \(result.held) articles held match “\(query)”\(result.matched > rows.count ? "; the newest \(rows.count) shown" : "")."
        }
        emptyText = query.isEmpty ? "No enriched articles on \(topic) yet. Feed some with: newsflow produce samples/articles" : "Nothing matches."
    }
}
