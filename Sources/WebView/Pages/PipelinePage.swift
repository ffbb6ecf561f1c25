import Articles
import Foundation

/// Lag per stage and partition, throughput, dead letters by code, topic sizes.
struct PipelinePage {
    struct Partition {
        let partition: Int32
        let low: String
        let high: String
        let committed: String
        let lag: String
        let lagging: Bool
    }

    struct Stage {
        let name: String
        let group: String
        let input: String
        let output: String
        let lag: String
        let lagging: Bool
        let throughput: String
        let partitions: [Partition]
        let missing: String
    }

    struct Code {
        let stage: String
        let code: String
        let count: Int
        let retriable: String
        let href: String
    }

    struct Topic {
        let name: String
        let partitions: Int
        let held: String
        let end: String
        let rate: String
    }

    let chrome: Chrome
    let summary: String
    let error: String?
    let stages: [Stage]
    let dlqTopic: String
    let dlqTotal: String
    let dlqRate: String
    let codes: [Code]
    let topics: [Topic]

    init(snapshot: PipelineMonitor.Snapshot, deadLetters: DeadLetterWindow, dlqTopic: String, chrome: Chrome) {
        self.chrome = chrome
        summary = snapshot.takenAt.map { "Offsets read from Kafka at \(Format.time($0)); lag is each stage group's committed offset behind the end of its input." } ?? "Waiting for the first reading of offsets…"
        error = snapshot.error
        stages = snapshot.stages.map { stage in
            Stage(
                name: stage.name, group: stage.group, input: stage.input, output: stage.output, lag: Format.count(stage.totalLag),
                lagging: stage.totalLag > 0, throughput: Format.rate(stage.throughput),
                partitions: stage.partitions.map {
                    Partition(
                        partition: $0.partition, low: Format.count($0.low), high: Format.count($0.high),
                        committed: $0.committed.map(Format.count) ?? "none", lag: Format.count($0.lag), lagging: $0.lag > 0)
                },
                missing: "No partitions: is \(stage.input) created?")
        }
        self.dlqTopic = dlqTopic
        dlqTotal = Format.count(Int64(deadLetters.total))
        dlqRate = "\(deadLetters.lastMinute) in the last minute"
        codes = deadLetters.counts.sorted { $0.key < $1.key }.map { key, count in
            let entry = DeadLetterCode.catalogue.first { $0.code.rawValue == key.code }
            return Code(
                stage: key.stage, code: key.code, count: count, retriable: entry.map { $0.retriable ? "yes" : "no" } ?? "?",
                href: "/dead-letters?" + Format.query([("stage", key.stage), ("code", key.code)]))
        }
        topics = snapshot.topics.map {
            Topic(name: $0.name, partitions: $0.partitions, held: Format.count($0.held), end: Format.count($0.end), rate: Format.rate($0.rate))
        }
    }
}
