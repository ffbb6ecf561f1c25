import Articles
import Foundation

/// The article page's model: the clean text cut into paragraphs, quote pieces and runs so
/// that the template can mark every entity mention and quote without building any markup
/// itself. Offsets are code points into `clean.text` (the record's convention).
struct ArticlePage {
    struct Mention {
        let anchor: String
        let entityID: String
        let type: String
        let typeClass: String
        let canonical: String
        let aliases: String?
    }

    struct Run {
        let text: String
        let mention: Mention?
    }

    struct QuoteMark {
        let anchor: String
        let number: Int
        let kind: String
        let speaker: String?
        let speakerHref: String?
        let first: Bool
        let last: Bool
    }

    struct Piece {
        let quote: QuoteMark?
        let runs: [Run]
    }

    struct Paragraph {
        let pieces: [Piece]
    }

    struct Removed {
        let reason: String
        let text: String
    }

    /// A kept paragraph or, in the audit view, a removed block.
    struct Block {
        let paragraph: Paragraph?
        let removed: Removed?
    }

    struct MetaRow {
        let label: String
        let text: String
        let href: String?
    }

    struct Tab {
        let label: String
        let href: String
        let current: Bool
    }

    struct LegendEntry {
        let type: String
        let typeClass: String
        let count: Int
    }

    struct EntityEntry {
        struct MentionLink {
            let anchor: String
            let number: Int
        }

        let anchor: String
        let name: String
        let type: String
        let typeClass: String
        let count: Int
        let aliases: String?
        let mentions: [MentionLink]
        let quotedTimes: Int?
    }

    struct QuoteEntry {
        let anchor: String
        let short: String
        let speaker: String?
        let speakerText: String
        let speakerHref: String?
        let kind: String
        let cue: String?
    }

    let chrome: Chrome
    /// The self-contained page of `newsflow process --html`: inline style, its own policy.
    let offline: Bool
    let policy: String?
    let id: String
    let title: String
    let meta: [MetaRow]
    let hasTabs: Bool
    let tabs: [Tab]
    let audit: Bool
    let removedCount: Int
    let blocks: [Block]
    let legend: [LegendEntry]
    let entityCount: Int
    let entities: [EntityEntry]
    let quoteCount: Int
    let quotes: [QuoteEntry]

    /// Reasons of blocks that come before the article text on a page.
    static let leadingReasons: Set<String> = ["cookie-notice", "header", "navigation", "breadcrumb", "duplicate-title", "byline", "dateline", "title"]

    /// - Parameters:
    ///   - audit: interleave the removed blocks with the text.
    ///   - links: the URL of the text and audit tabs (nil: no tabs, the offline page).
    ///   - extraMeta: rows the caller adds (topic, partition, offset, arrival).
    init(
        record: ArticleRecord, audit: Bool, links: (text: String, audit: String)?, extraMeta: [MetaRow] = [],
        chrome: Chrome, offlinePolicy: String? = nil
    ) {
        self.chrome = chrome
        offline = offlinePolicy != nil
        policy = offlinePolicy
        let clean = record.clean
        id = record.id
        title = clean?.title ?? record.title ?? "(untitled \(record.id))"
        self.audit = audit
        removedCount = clean?.removed.count ?? 0
        tabs = links.map {
            [Tab(label: "Text", href: $0.text, current: !audit), Tab(label: "Audit (\(clean?.removed.count ?? 0) removed)", href: $0.audit, current: audit)]
        } ?? []
        hasTabs = !tabs.isEmpty

        var meta: [MetaRow] = [MetaRow(label: "Id", text: record.id, href: nil)]
        let url = clean?.url ?? record.url
        if let url { meta.append(MetaRow(label: "URL", text: url, href: SafeURL.href(url))) }
        if let site = clean?.siteName ?? record.source { meta.append(MetaRow(label: "Source", text: site, href: nil)) }
        if let published = clean?.publishedAt ?? record.publishedAt { meta.append(MetaRow(label: "Published", text: published, href: nil)) }
        if let authors = clean?.authors, !authors.isEmpty { meta.append(MetaRow(label: "Authors", text: authors.joined(separator: ", "), href: nil)) }
        if let byline = clean?.byline { meta.append(MetaRow(label: "Byline", text: byline, href: nil)) }
        if let language = clean?.language ?? record.language { meta.append(MetaRow(label: "Language", text: language, href: nil)) }
        var content = record.contentType.rawValue
        if let extraction = clean?.extraction { content += " · extractor path \(extraction)" }
        meta.append(MetaRow(label: "Input", text: content, href: nil))
        if let clean {
            meta.append(MetaRow(label: "Text", text: "\(clean.paragraphs.count) paragraphs, \(clean.text.unicodeScalars.count) characters; \(clean.removed.count) blocks removed", href: nil))
        }
        self.meta = meta + extraMeta

        let entities = record.entities ?? []
        let quotes = record.quotes ?? []
        entityCount = entities.count
        quoteCount = quotes.count
        let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Entities: anchors, aliases, legend.
        func aliases(of entity: Entity) -> String? {
            var seen: [String] = []
            for mention in entity.mentions where mention.text != entity.name && !seen.contains(mention.text) { seen.append(mention.text) }
            return seen.isEmpty ? nil : seen.joined(separator: ", ")
        }
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        legend = EntityType.allCases.filter { counts[$0] != nil || [.person, .organization, .location, .misc].contains($0) }
            .map { LegendEntry(type: $0.rawValue, typeClass: Self.typeClass($0), count: counts[$0] ?? 0) }

        var spans: [(start: Int, end: Int, mention: Mention)] = []
        var entries: [EntityEntry] = []
        for entity in entities {
            let alias = aliases(of: entity)
            var links: [EntityEntry.MentionLink] = []
            for (index, mention) in entity.mentions.sorted(by: { $0.start < $1.start }).enumerated() {
                let anchor = "m-\(Self.anchorSafe(entity.id))-\(index + 1)"
                links.append(.init(anchor: anchor, number: index + 1))
                spans.append((mention.start, mention.end, Mention(
                    anchor: anchor, entityID: entity.id, type: entity.type.rawValue, typeClass: Self.typeClass(entity.type),
                    canonical: entity.name, aliases: alias)))
            }
            let quoted = quotes.filter { $0.speakerId == entity.id }.count
            entries.append(EntityEntry(
                anchor: "entity-\(Self.anchorSafe(entity.id))", name: entity.name, type: entity.type.rawValue,
                typeClass: Self.typeClass(entity.type), count: entity.mentions.count, aliases: alias, mentions: links,
                quotedTimes: quoted > 0 ? quoted : nil))
        }
        self.entities = entries

        func speakerHref(_ quote: Quote) -> String? {
            guard let id = quote.speakerId, byID[id] != nil else { return nil }
            return "#entity-\(Self.anchorSafe(id))"
        }
        self.quotes = quotes.enumerated().map { index, quote in
            let words = quote.text.unicodeScalars
            let short = words.count > 90 ? String(String.UnicodeScalarView(words.prefix(88))) + "…" : quote.text
            return QuoteEntry(
                anchor: "quote-\(index + 1)", short: short, speaker: quote.speaker, speakerText: quote.speaker ?? "no reliable speaker",
                speakerHref: speakerHref(quote), kind: quote.kind.rawValue, cue: quote.cue)
        }

        // The text: paragraphs → quote pieces → runs.
        var blocks: [Block] = []
        if let clean {
            let scalars = Array(clean.text.unicodeScalars)
            let sortedSpans = Self.nonOverlapping(spans.filter { $0.start < $0.end && $0.start >= 0 && $0.end <= scalars.count })
            let quoteSpans = quotes.enumerated().compactMap { index, quote -> (start: Int, end: Int, index: Int)? in
                guard quote.start < quote.end, quote.start >= 0, quote.end <= scalars.count else { return nil }
                return (quote.start, quote.end, index)
            }
            let paragraphs = clean.paragraphs.isEmpty ? [TextSpan(start: 0, end: scalars.count)] : clean.paragraphs
            var paragraphBlocks: [Block] = []
            for span in paragraphs where span.start < span.end && span.start >= 0 && span.end <= scalars.count {
                paragraphBlocks.append(Block(
                    paragraph: Self.paragraph(span, scalars: scalars, mentions: sortedSpans, quotes: quoteSpans, all: quotes, speakerHref: speakerHref),
                    removed: nil))
            }
            if audit {
                let removed = clean.removed.map { Block(paragraph: nil, removed: Removed(reason: $0.reason, text: $0.text)) }
                let leading = zip(clean.removed, removed).filter { Self.leadingReasons.contains($0.0.reason) }.map(\.1)
                let trailing = zip(clean.removed, removed).filter { !Self.leadingReasons.contains($0.0.reason) }.map(\.1)
                blocks = leading + paragraphBlocks + trailing
            } else {
                blocks = paragraphBlocks
            }
        }
        self.blocks = blocks
    }

    static func typeClass(_ type: EntityType) -> String {
        switch type {
        case .person: "person"
        case .organization: "organization"
        case .location: "location"
        case .misc: "misc"
        default: "number"
        }
    }

    /// Entity ids are `e1`, `e2`… from the pipeline; anything else is reduced to a safe anchor.
    static func anchorSafe(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
        return kept.isEmpty ? "x" : String(String.UnicodeScalarView(kept.prefix(40)))
    }

    /// Mentions sorted by start; a mention overlapping an earlier one is dropped.
    static func nonOverlapping(_ spans: [(start: Int, end: Int, mention: Mention)]) -> [(start: Int, end: Int, mention: Mention)] {
        var result: [(start: Int, end: Int, mention: Mention)] = []
        for span in spans.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = result.last, span.start < last.end { continue }
            result.append(span)
        }
        return result
    }

    static func paragraph(
        _ span: TextSpan, scalars: [Unicode.Scalar], mentions: [(start: Int, end: Int, mention: Mention)],
        quotes: [(start: Int, end: Int, index: Int)], all: [Quote], speakerHref: (Quote) -> String?
    ) -> Paragraph {
        func text(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
        // Cut points: paragraph bounds, and every mention and quote bound inside it.
        var cuts: Set<Int> = [span.start, span.end]
        for m in mentions where m.end > span.start && m.start < span.end { cuts.insert(max(m.start, span.start)); cuts.insert(min(m.end, span.end)) }
        for q in quotes where q.end > span.start && q.start < span.end { cuts.insert(max(q.start, span.start)); cuts.insert(min(q.end, span.end)) }
        let points = cuts.sorted()
        var pieces: [Piece] = []
        var currentQuote: Int? = nil
        var runs: [Run] = []
        var runsStart = span.start
        var runsEnd = span.start
        func flush() {
            guard !runs.isEmpty else { return }
            var mark: QuoteMark? = nil
            if let index = currentQuote, let q = quotes.first(where: { $0.index == index }) {
                let quote = all[index]
                mark = QuoteMark(
                    anchor: "quote-\(index + 1)", number: index + 1, kind: quote.kind.rawValue, speaker: quote.speaker,
                    speakerHref: speakerHref(quote), first: runsStart == q.start,
                    last: runsEnd == q.end)
            }
            pieces.append(Piece(quote: mark, runs: runs))
            runs = []
        }
        for (from, to) in zip(points, points.dropFirst()) where from < to {
            let quote = quotes.first(where: { $0.start <= from && to <= $0.end })?.index
            if quote != currentQuote {
                flush()
                currentQuote = quote
                runsStart = from
            }
            let mention = mentions.first(where: { $0.start <= from && to <= $0.end })
            // A mention cut by a quote bound keeps one anchor: the later part links nowhere new.
            let mentionView = mention.map { m in
                from == m.start || from == max(m.start, span.start) ? m.mention
                    : Mention(anchor: m.mention.anchor + "-\(from)", entityID: m.mention.entityID, type: m.mention.type, typeClass: m.mention.typeClass, canonical: m.mention.canonical, aliases: m.mention.aliases)
            }
            runs.append(Run(text: text(from, to), mention: mentionView))
            runsEnd = to
        }
        flush()
        return Paragraph(pieces: pieces)
    }
}
