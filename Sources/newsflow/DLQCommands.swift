import ArgumentParser
import Articles
import Foundation
import Kafka
import StageRuntime

/// `newsflow dlq list|replay`: what is in the dead-letter topic, and sending it back.
struct DLQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq", abstract: "List dead letters, or replay them to the topics they came from.",
        subcommands: [List.self, Replay.self]
    )

    /// `--stage`, `--code`, `--since`, and one dead letter by `--partition` and `--offset`.
    struct FilterOptions: ParsableArguments {
        @Option(help: "Only dead letters of this stage (cleaner, entities, quotes).") var stage: String?
        @Option(help: "Only dead letters with this code (too-large, invalid-envelope, ...).") var code: String?
        @Option(help: "Only dead letters newer than this: an ISO 8601 time or date, or an age such as 30m, 2h, 7d.") var since: String?
        @Option(help: "With --offset: one dead letter, by its DLQ partition.") var partition: Int32?
        @Option(help: "With --partition: one dead letter, by its DLQ offset.") var offset: Int64?

        func filter() throws -> DeadLetterFilter {
            var sinceDate: Date? = nil
            if let since {
                guard let date = DeadLetterFilter.parseSince(since) else {
                    throw ValidationError("--since takes an ISO 8601 time (2024-01-31T12:00:00Z), a date (2024-01-31) or an age (30m, 2h, 7d), got '\(since)'")
                }
                sinceDate = date
            }
            if (partition == nil) != (offset == nil) { throw ValidationError("--partition and --offset go together") }
            let positions = partition.flatMap { p in offset.map { Set([DeadLetterPosition(partition: p, offset: $0)]) } }
            return DeadLetterFilter(stage: stage, code: code, since: sinceDate, positions: positions)
        }
    }

    static func replayer(kafka: KafkaOptions, topics: PipelineTopicOptions) throws -> DeadLetterReplayer {
        let settings = SettingsReader(flags: topics.flags)
        let topology = topics.topology(settings)
        guard try kafka.reachableTopics().contains(topology.deadLetters) else {
            throw MissingTopic(topic: topology.deadLetters, brokers: kafka.bootstrapServers, namedBy: WorkerSettings.deadLetterTopic.howToSet)
        }
        return DeadLetterReplayer(properties: try kafka.properties(), deadLetterTopic: topology.deadLetters, ledgerGroup: topics.ledgerGroup(settings))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the dead letters: position, time, stage, code, source, key, reason; 'replayed' marks those already replayed.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }
        @OptionGroup var kafka: KafkaOptions
        @OptionGroup var topics: PipelineTopicOptions
        @OptionGroup var filter: FilterOptions
        @Option(help: "table (one line each, then counts by stage and code) or jsonl.") var format: Format = .table

        func run() throws {
            let replayer = try DLQCommand.replayer(kafka: kafka, topics: topics)
            let letters = try replayer.list(try filter.filter())
            let ledgers = try replayer.ledgers()
            var counts: [String: Int] = [:]
            for letter in letters {
                let replayed = ledgers[letter.partition]?.contains(letter.offset.rawValue) == true
                counts["\(letter.stage) \(letter.code)", default: 0] += 1
                switch format {
                case .table:
                    let time = letter.date.map { ISO8601DateFormatter().string(from: $0) } ?? "-"
                    var source = letter.sourceTopic ?? "?"
                    if let p = letter.sourcePartition, let o = letter.sourceOffset { source += "/\(p)@\(o)" }
                    let reason = letter.reason.count > 100 ? String(letter.reason.prefix(99)) + "…" : letter.reason
                    print("\(letter.position)\t\(time)\t\(letter.stage)\t\(letter.code)\t\(source)\tkey=\(letter.keyText.map(Self.printable) ?? "-")\t\(letter.value.count) B\t\(replayed ? "replayed\t" : "")\(Self.printable(reason))")
                case .jsonl:
                    var object: [String: Any] = [
                        "position": letter.position, "partition": Int(letter.partition), "offset": Int(letter.offset.rawValue),
                        "stage": letter.stage, "code": letter.code, "reason": letter.reason, "size": letter.value.count, "replayed": replayed,
                    ]
                    object["key"] = letter.keyText
                    object["source_topic"] = letter.sourceTopic
                    object["source_partition"] = letter.sourcePartition.map { Int($0) }
                    object["source_offset"] = letter.sourceOffset.map { Int($0) }
                    object["timestamp_ms"] = letter.timestampMs.map { Int($0) }
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    print(String(decoding: data, as: UTF8.self))
                }
            }
            if format == .table {
                print("\(letters.count) dead letters" + (counts.isEmpty ? "" : ": " + counts.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")))
            }
        }

        /// Terminal-safe: control characters and bidi overrides shown as escapes.
        static func printable(_ text: String) -> String {
            String(text.unicodeScalars.map { scalar -> String in
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    return "\\u{\(String(scalar.value, radix: 16))}"
                }
                return String(scalar)
            }.joined())
        }
    }

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send dead letters back to their source topics (original key, value and headers, plus newsflow-replayed-from).",
            discussion: "Each dead letter is replayed at most once: the consumer group named by --replay-group records what was sent (committed before sending). --again sends the matching ones anyway; --dry-run only lists them."
        )
        @OptionGroup var kafka: KafkaOptions
        @OptionGroup var topics: PipelineTopicOptions
        @OptionGroup var filter: FilterOptions
        @Flag(help: "Also replay dead letters that were replayed before.") var again = false
        @Flag(help: "Only print what would be replayed.") var dryRun = false

        func run() throws {
            let replayer = try DLQCommand.replayer(kafka: kafka, topics: topics)
            let report = try replayer.replay(try filter.filter(), again: again, dryRun: dryRun)
            for letter in report.replayed {
                print("\(dryRun ? "would replay" : "replayed") \(letter.position) → \(letter.sourceTopic ?? "?") key=\(letter.keyText.map(List.printable) ?? "-") (\(letter.stage) \(letter.code))")
            }
            for failure in report.failed { print("failed \(failure.letter.position): \(failure.reason)") }
            print("\(dryRun ? "would replay" : "replayed") \(report.replayed.count); skipped \(report.alreadyReplayed.count) replayed before\(report.alreadyReplayed.isEmpty || again ? "" : " (--again sends them)"); \(report.failed.count) failed")
            if !report.failed.isEmpty { throw ExitCode.failure }
        }
    }
}
