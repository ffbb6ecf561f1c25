import Articles
import Foundation
import Kafka
import StageRuntime

/// Dead letters grouped by stage and code, newest first in each group.
struct DeadLetterPage {
    struct Option {
        let value: String
        let selected: Bool
    }

    struct Header {
        let name: String
        let value: String
    }

    struct Letter {
        let anchor: String
        let position: String
        let source: String
        let key: String
        let reason: String
        let time: String
        let payloadSummary: String
        let payload: String
        let headers: [Header]
        let replayHref: String
        let replayed: Bool
    }

    struct Group {
        let stage: String
        let code: String
        let count: Int
        let meaning: String
        let retriable: Bool
        let replayHref: String
        let letters: [Letter]
        let more: String?
    }

    let chrome: Chrome
    let stages: [Option]
    let codes: [Option]
    let summary: String
    let groups: [Group]
    let emptyText: String

    static let perGroup = 50
    static let payloadShown = 16 * 1024

    init(window: DeadLetterWindow, filter: DeadLetterFilter, replayed: (DeadLetter) -> Bool, chrome: Chrome, topic: String) {
        self.chrome = chrome
        let counts = window.counts
        let allStages = Set(counts.keys.map(\.stage)).sorted()
        let allCodes = Set(counts.keys.map(\.code)).sorted()
        stages = allStages.map { Option(value: $0, selected: $0 == filter.stage) }
        codes = allCodes.map { Option(value: $0, selected: $0 == filter.code) }
        let items = window.newest(filter)
        var byKey: [DeadLetterWindow.Key: [DeadLetterWindow.Item]] = [:]
        for item in items { byKey[DeadLetterWindow.Key(stage: item.letter.stage, code: item.letter.code), default: []].append(item) }
        groups = counts.keys.sorted().compactMap { key -> Group? in
            guard filter.stage == nil || filter.stage == key.stage, filter.code == nil || filter.code == key.code else { return nil }
            let shown = byKey[key] ?? []
            let total = counts[key] ?? 0
            let entry = DeadLetterCode.catalogue.first { $0.code.rawValue == key.code }
            let letters = shown.prefix(Self.perGroup).map { item in
                let letter = item.letter
                let payload = Format.payload(letter.value, limit: Self.payloadShown, totalSize: item.payloadSize)
                var source = letter.sourceTopic ?? "?"
                if let p = letter.sourcePartition { source += "/\(p)" }
                if let o = letter.sourceOffset { source += "@\(o)" }
                return Letter(
                    anchor: "dl-\(letter.partition)-\(letter.offset.rawValue)", position: letter.position, source: source,
                    key: letter.keyText ?? "(no key)", reason: letter.reason, time: Format.time(ms: letter.timestampMs),
                    payloadSummary: payload.summary, payload: payload.text,
                    headers: letter.originalHeaders.map { Header(name: $0.key, value: $0.value.map { String(decoding: $0.prefix(200), as: UTF8.self) } ?? "(null)") },
                    replayHref: "/dead-letters/replay?" + Format.query([("partition", String(letter.partition)), ("offset", String(letter.offset.rawValue))]),
                    replayed: replayed(letter))
            }
            var more: String? = nil
            if total > letters.count {
                more = "\(total - letters.count) more of this kind are not shown (the view keeps the newest \(window.capacity) dead letters in memory; newsflow dlq list shows all)."
            }
            return Group(
                stage: key.stage, code: key.code, count: total,
                meaning: entry?.meaning.replacingOccurrences(of: "`", with: "") ?? "not a code of the pipeline's catalogue",
                retriable: entry?.retriable ?? false,
                replayHref: "/dead-letters/replay?" + Format.query([("stage", key.stage), ("code", key.code)]),
                letters: Array(letters), more: more)
        }
        summary = "\(window.total) dead letters read from \(topic) (\(window.lastMinute) in the last minute), grouped by stage and code; the newest \(window.capacity) are kept for showing."
        emptyText = window.total == 0 ? "No dead letters on \(topic)." : "No dead letters match the filter."
    }
}
