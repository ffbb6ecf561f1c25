import ArgumentParser
import Articles
import Foundation
import Kafka
import StageRuntime

/// `newsflow tail`: reads a topic (committed records only) as a readable summary or JSONL.
struct Tail: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a topic's records, read_committed.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case pretty, jsonl }

    @OptionGroup var kafka: KafkaOptions
    @Option(help: "pretty or jsonl.") var format: Format = .pretty
    @Flag(help: "Start at the beginning of the topic instead of new records only.") var fromBeginning = false
    @Option(help: "Stop after this many records.") var maxRecords: Int?
    @Option(help: "Stop after this many seconds without a record, counted once the partitions are assigned.") var idleTimeout: Double?
    @Argument(help: "Topic to read.") var topic: String = Topics.enriched

    func run() throws {
        // A missing topic would never be assigned: tail would wait forever without a word.
        guard try kafka.reachableTopics().contains(topic) else {
            throw MissingTopic(topic: topic, brokers: kafka.bootstrapServers, namedBy: "the TOPIC argument")
        }
        var properties = try kafka.properties()
        properties["group.id"] = "newsflow-tail-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        properties["auto.offset.reset"] = fromBeginning ? "earliest" : "latest"
        properties["isolation.level"] = "read_committed"
        let consumer = try KafkaConsumer(properties: properties, rebalanceListener: nil)
        defer { consumer.close() }
        try consumer.subscribe([topic])
        var seen = 0
        // The idle clock starts when the group has assigned the partitions (joining takes
        // seconds), so a short --idle-timeout cannot end tail before it could read anything.
        var idleSince: ContinuousClock.Instant?
        while maxRecords.map({ seen < $0 }) ?? true {
            let records = try consumer.poll(maxRecords: 100, timeout: .milliseconds(200))
            if records.isEmpty {
                guard let idleTimeout else { continue }
                if idleSince == nil, try !consumer.assignment().isEmpty { idleSince = ContinuousClock.now }
                if let idleSince, ContinuousClock.now - idleSince > .seconds(idleTimeout) { break }
                continue
            }
            idleSince = ContinuousClock.now
            for record in records {
                if let maxRecords, seen >= maxRecords { break }
                seen += 1
                print(render(record))
            }
        }
    }

    /// One JSON document per line: the value itself when it is one-line JSON (every
    /// record the stages write), else the value re-encoded compactly, else as a JSON string.
    static func jsonLine(_ value: [UInt8]) -> String {
        let text = String(decoding: value, as: UTF8.self)
        if !text.contains("\n"), (try? JSONSerialization.jsonObject(with: Data(value), options: [.fragmentsAllowed])) != nil {
            return text
        }
        let object: Any = (try? JSONSerialization.jsonObject(with: Data(value), options: [.fragmentsAllowed])) ?? text
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private func render(_ record: KafkaRecord) -> String {
        switch format {
        case .jsonl:
            return Self.jsonLine(record.value)
        case .pretty:
            if let error = record.header("newsflow-error") {
                let stage = record.header("newsflow-stage").map { String(decoding: $0, as: UTF8.self) } ?? "?"
                return "✗ dead letter from \(stage) (\(record.value.count) bytes): \(String(decoding: error, as: UTF8.self))"
            }
            guard let article = try? ArticleJSON.decode(ArticleRecord.self, from: record.value) else {
                return "(not an article record: \(record.value.count) bytes at \(record.topic)/\(record.partition)@\(record.offset))"
            }
            return RecordSummary.render(article)
        }
    }
}
