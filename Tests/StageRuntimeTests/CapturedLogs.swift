import Logging
import Synchronization

/// Every line a logger writes at `level` or above, with its level and metadata, for a
/// test to read.
final class CapturedLogs: Sendable {
    struct Line: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]
        var text: String { "\(level) \(message) \(metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))" }
    }

    let lines = Mutex<[Line]>([])
    private let level: Logger.Level

    init(level: Logger.Level = .warning) { self.level = level }

    var logger: Logger { Logger(label: "captured") { _ in Handler(logs: self, logLevel: self.level) } }

    var warnings: [Line] { lines.withLock { $0 }.filter { $0.level >= .warning } }

    struct Handler: LogHandler {
        let logs: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).mapValues { "\($0)" }
            logs.lines.withLock { $0.append(Line(level: event.level, message: "\(event.message)", metadata: fields)) }
        }
    }
}
