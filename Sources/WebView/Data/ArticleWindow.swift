import Articles
import Foundation
import Synchronization

/// The newest enriched articles, at most `capacity` of them (`NEWSFLOW_VIEW_ARTICLES`): each
/// kept as its record bytes plus a small summary for the list and the search, and decoded
/// again only when its page is asked for. A newer record with the same id replaces the older.
public final class ArticleWindow: Sendable {
    public struct Position: Sendable, Equatable {
        public var topic: String
        public var partition: Int32
        public var offset: Int64
        public var timestampMs: Int64?

        public init(topic: String, partition: Int32, offset: Int64, timestampMs: Int64?) {
            self.topic = topic
            self.partition = partition
            self.offset = offset
            self.timestampMs = timestampMs
        }
    }

    /// What the list and the search need, without the text.
    public struct Summary: Sendable {
        public let id: String
        public let title: String
        public let source: String?
        public let publishedAt: String?
        public let entityCount: Int
        public let quoteCount: Int
        public let speakers: [String]
        let titleKey: String
        let entityKey: String
        let speakerKey: String
    }

    struct Entry: Sendable {
        let sequence: Int
        let summary: Summary
        let bytes: [UInt8]
        let position: Position
    }

    struct State {
        var byID: [String: Entry] = [:]
        var order: [(id: String, sequence: Int)] = []
        var next = 0
        var received = 0
        var undecodable = 0
    }

    public let capacity: Int
    private let state = Mutex(State())

    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// Adds a record read from the enriched topic; false when it is not an article record.
    @discardableResult
    public func add(value: [UInt8], position: Position) -> Bool {
        guard let record = try? ArticleJSON.decode(ArticleRecord.self, from: value) else {
            state.withLock { $0.received += 1; $0.undecodable += 1 }
            return false
        }
        let summary = Self.summary(of: record)
        state.withLock { state in
            state.received += 1
            let sequence = state.next
            state.next += 1
            state.byID[record.id] = Entry(sequence: sequence, summary: summary, bytes: value, position: position)
            state.order.append((record.id, sequence))
            while state.byID.count > capacity, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                if state.byID[oldest.id]?.sequence == oldest.sequence { state.byID[oldest.id] = nil }
            }
            // Keep `order` from growing with replaced entries.
            if state.order.count > capacity * 2 {
                state.order.removeAll { state.byID[$0.id]?.sequence != $0.sequence }
            }
        }
        return true
    }

    public enum Scope: String, CaseIterable, Sendable {
        case any, title, entity, speaker
    }

    /// The newest first, those matching `query` (case-insensitive substring) in `scope`, at most `limit`.
    public func newest(matching query: String = "", in scope: Scope = .any, limit: Int = 200) -> (rows: [(Summary, Position)], matched: Int, held: Int) {
        let needle = Self.key(query.trimmingCharacters(in: .whitespaces))
        return state.withLock { state in
            var rows: [(Summary, Position)] = []
            var matched = 0
            for item in state.order.reversed() {
                guard let entry = state.byID[item.id], entry.sequence == item.sequence else { continue }
                if !needle.isEmpty {
                    let s = entry.summary
                    let hit = switch scope {
                    case .any: s.titleKey.contains(needle) || s.entityKey.contains(needle) || s.speakerKey.contains(needle)
                    case .title: s.titleKey.contains(needle)
                    case .entity: s.entityKey.contains(needle)
                    case .speaker: s.speakerKey.contains(needle)
                    }
                    if !hit { continue }
                }
                matched += 1
                if rows.count < limit { rows.append((entry.summary, entry.position)) }
            }
            return (rows, matched, state.byID.count)
        }
    }

    /// The record with this id, decoded, and where it was read.
    public func article(id: String) -> (ArticleRecord, Position)? {
        guard let entry = state.withLock({ $0.byID[id] }) else { return nil }
        guard let record = try? ArticleJSON.decode(ArticleRecord.self, from: entry.bytes) else { return nil }
        return (record, entry.position)
    }

    public var counts: (held: Int, received: Int, undecodable: Int) {
        state.withLock { ($0.byID.count, $0.received, $0.undecodable) }
    }

    static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func summary(of record: ArticleRecord) -> Summary {
        let entities = record.entities ?? []
        let quotes = record.quotes ?? []
        var speakers: [String] = []
        for quote in quotes { if let s = quote.speaker, !speakers.contains(s) { speakers.append(s) } }
        var names: [String] = []
        for entity in entities {
            names.append(entity.name)
            for mention in entity.mentions where mention.text != entity.name && !names.contains(mention.text) { names.append(mention.text) }
        }
        let title = record.clean?.title ?? record.title ?? "(untitled)"
        return Summary(
            id: record.id, title: title, source: record.clean?.siteName ?? record.source,
            publishedAt: record.clean?.publishedAt ?? record.publishedAt, entityCount: entities.count, quoteCount: quotes.count,
            speakers: speakers, titleKey: key(title), entityKey: key(names.joined(separator: "\n")), speakerKey: key(speakers.joined(separator: "\n")))
    }
}
