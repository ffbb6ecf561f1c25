import Foundation
import Kafka

/// `newsflow broker` and the three `newsflow worker` processes that `bench pipeline`
/// measures: the same executables and settings a user runs, started from this binary.
/// With an external broker, only the workers are started, on the pipeline topics there.
final class PipelineProcesses {
    struct Child {
        let name: String
        let process: Process
    }

    private(set) var children: [Child] = []
    let brokers: String
    private let workDirectory: URL

    /// Starts the broker and waits for its address file, or creates the pipeline topics on
    /// `externalBrokers` (existing ones are kept); then the workers.
    init(externalBrokers: String? = nil, partitions: Int32, replicas: [String: Int], workerSettings: [String: String]) throws {
        workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("newsflow-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        if let externalBrokers {
            let admin = try KafkaAdmin(properties: ["bootstrap.servers": externalBrokers])
            defer { admin.close() }
            try admin.createTopics(TopicsCommand.pipelineTopics(partitions: partitions, replicationFactor: 1), timeout: .seconds(30))
            brokers = externalBrokers
        } else {
            let broker = try Self.startBroker(partitions: partitions, in: workDirectory)
            children = [broker.child]
            brokers = broker.address
        }
        for stage in ["cleaner", "entities", "quotes"] {
            for replica in 0..<max(1, replicas[stage] ?? 1) {
                var environment = workerSettings
                environment["KAFKA_BROKERS"] = brokers
                environment["NEWSFLOW_INSTANCE_ID"] = "bench-\(stage)-\(replica)"
                let name = replica == 0 ? stage : "\(stage)-\(replica)"
                children.append(try Self.launch(name, ["worker", stage], environment: environment, logIn: workDirectory))
            }
        }
    }

    /// `newsflow broker` as a child; its address once it has written it.
    private static func startBroker(partitions: Int32, in workDirectory: URL) throws -> (child: Child, address: String) {
        let addressFile = workDirectory.appendingPathComponent("broker.address").path
        let child = try launch("broker", ["broker", "--partitions", String(partitions), "--address-file", addressFile], environment: [:], logIn: workDirectory)
        let deadline = ContinuousClock.now + .seconds(20)
        var address: String?
        while address == nil, ContinuousClock.now < deadline {
            address = (try? String(contentsOfFile: addressFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if address?.isEmpty == true { address = nil }
            if address == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let address else {
            child.process.terminate()
            throw BenchPipelineError.brokerDidNotStart(log: workDirectory.appendingPathComponent("broker.log").path)
        }
        return (child, address)
    }

    private static func launch(_ name: String, _ arguments: [String], environment: [String: String], logIn directory: URL) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let log = directory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return Child(name: name, process: process)
    }

    /// CPU seconds (user + system) each child has used so far, from /proc/PID/stat;
    /// replicas of a stage are summed under the stage's name.
    func cpuSeconds() -> [String: Double] {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var result: [String: Double] = [:]
        for child in children {
            guard let stat = try? String(contentsOfFile: "/proc/\(child.process.processIdentifier)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after "pid (comm)": state is field 3, utime 14, stime 15.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { continue }
            let stage = String(child.name.prefix { $0 != "-" })
            result[stage, default: 0] += (user + system) / ticks
        }
        return result
    }

    /// SIGTERM to the workers (they finish their batch and commit), then the broker.
    func stop() {
        for child in children.reversed() where child.process.isRunning {
            child.process.terminate()
            let deadline = Date().addingTimeInterval(15)
            while child.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// A child that exited early, with the end of its log.
    func firstExited() -> String? {
        guard let child = children.first(where: { !$0.process.isRunning }) else { return nil }
        let log = (try? String(contentsOf: workDirectory.appendingPathComponent("\(child.name).log"), encoding: .utf8)) ?? ""
        return "\(child.name) exited with status \(child.process.terminationStatus): \(log.suffix(600))"
    }
}

enum BenchPipelineError: Error, CustomStringConvertible {
    case brokerDidNotStart(log: String)
    case pipelineStalled(arrived: Int, expected: Int, detail: String)

    var description: String {
        switch self {
        case .brokerDidNotStart(let log): "newsflow broker did not write its address within 20 s (log: \(log))"
        case .pipelineStalled(let arrived, let expected, let detail): "only \(arrived) of \(expected) articles reached articles.enriched in time. \(detail)"
        }
    }
}
