import ArgumentParser
import Articles
import Foundation
import Kafka
import Synchronization

/// `newsflow produce`: feeds articles into `articles.raw`.
struct Produce: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send articles (files, folders, JSONL, or - for JSONL on stdin) to a topic.",
        discussion: "Bare .txt/.html files are sent as they are, with a content-type header; .json files and JSONL lines as envelopes {id?, url?, title?, ..., body}. Keys are article ids. Binary input (a NUL byte, or over 10% control bytes in the first KB) is refused, named on stderr and counted as failed (exit 1); the rest is still sent."
    )
    @OptionGroup var kafka: KafkaOptions
    @Option(help: "Topic to write.") var topic: String = Topics.raw
    @Flag(help: "No progress line.") var quiet = false
    @Argument(help: "Files, folders, .jsonl files, or - for stdin.") var paths: [String]

    func run() throws {
        let files = try ArticleFeed.files(for: paths)
        _ = try kafka.reachableTopics()
        var properties = try kafka.properties()
        properties["enable.idempotence"] = "true"
        properties["linger.ms"] = properties["linger.ms"] ?? "20"
        properties["message.max.bytes"] = properties["message.max.bytes"] ?? "67108864"
        let producer = try KafkaProducer(properties: properties)
        let progress = ProduceProgress(showLive: !quiet)
        for file in files {
            try ArticleFeed.forEachItem(in: file) { item in
                if let reason = BinaryPayloadSniffer.binaryReason(item.value) {
                    progress.refused(origin: item.origin, reason: reason)
                    return
                }
                let record = ProducerRecord(
                    topic: topic, key: item.key, value: item.value,
                    headers: [KafkaHeader(key: "content-type", value: Array(item.contentType.utf8))]
                )
                let bytes = item.value.count
                let origin = item.origin
                do {
                    try producer.produce(record) { result in progress.delivered(result, bytes: bytes, origin: origin) }
                    progress.enqueued()
                } catch {
                    progress.failedLocally(origin: origin, error: error)
                }
            }
        }
        try producer.flush(timeout: .seconds(120))
        producer.close(timeout: .seconds(10))
        let summary = progress.summary(topic: topic)
        print(summary.text)
        if summary.failed > 0 { throw ExitCode.failure }
        if summary.sent == 0 { throw FeedError.noArticles }
    }
}

/// Counts deliveries from the producer's thread and shows a live line on long feeds.
final class ProduceProgress: Sendable {
    private struct Counts {
        var enqueued = 0, sent = 0, failed = 0, bytes = 0
        var lastPrint = Date.distantPast
    }
    private let counts = Mutex(Counts())
    private let started = Date()
    private let showLive: Bool

    init(showLive: Bool) {
        self.showLive = showLive && isatty(STDERR_FILENO) != 0
    }

    func enqueued() {
        counts.withLock { $0.enqueued += 1 }
    }

    func delivered(_ result: Result<DeliveryReport, KafkaError>, bytes: Int, origin: String) {
        let line: String? = counts.withLock { c in
            switch result {
            case .success: c.sent += 1; c.bytes += bytes
            case .failure(let error):
                c.failed += 1
                FileHandle.standardError.write(Data("failed: \(origin): \(error)\n".utf8))
            }
            guard showLive, Date().timeIntervalSince(c.lastPrint) > 0.25 else { return nil }
            c.lastPrint = Date()
            let done = c.sent + c.failed
            let width = 30
            let filled = c.enqueued > 0 ? width * done / c.enqueued : 0
            return "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(c.enqueued) sent"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    func failedLocally(origin: String, error: any Error) {
        counts.withLock { $0.failed += 1 }
        FileHandle.standardError.write(Data("failed: \(origin): \(error)\n".utf8))
    }

    /// Input that is not an article (binary) is not sent; it counts as failed.
    func refused(origin: String, reason: String) {
        counts.withLock { $0.failed += 1 }
        FileHandle.standardError.write(Data(
            "refused: \(origin): binary content (\(reason)), not an article; send text, HTML or a JSON envelope (extract a PDF's text; re-save UTF-16 text as UTF-8)\n".utf8))
    }

    func summary(topic: String) -> (text: String, sent: Int, failed: Int) {
        let c = counts.withLock { $0 }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        if showLive { FileHandle.standardError.write(Data("\n".utf8)) }
        let rate = Double(c.sent) / seconds
        let text = "sent \(c.sent), failed \(c.failed), \(c.bytes) bytes to \(topic) in "
            + String(format: "%.2f s (%.0f articles/s, %.2f MB/s)", seconds, rate, Double(c.bytes) / seconds / 1_000_000)
        return (text, c.sent, c.failed)
    }
}
