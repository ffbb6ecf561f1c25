import Foundation
import TestSupport
import Testing

/// Which Kafka-protocol broker an end-to-end test runs on. The workers do not know:
/// the same processes, with the same settings, run on both.
enum BrokerKind: String, CustomTestStringConvertible, Sendable {
    /// librdkafka 2.0.2's mock cluster, as `newsflow broker`: the embedded default.
    case mock
    /// noida-db 0.2.3, an independent single-node reimplementation of the protocol that
    /// keeps offsets committed inside transactions (the mock does not).
    case noida

    var testDescription: String { rawValue }

    /// Every broker whose binary is at hand: noida-db only when `scripts/install-noida-db`
    /// installed it (`make test` does).
    static var available: [BrokerKind] { NoidaDB.binary == nil ? [.mock] : [.mock, .noida] }
}

/// The noida-db binary inside the pip package (`NEWSFLOW_NOIDA_DB`, set by `make test`, or
/// where `scripts/install-noida-db` puts it).
enum NoidaDB {
    static let binary: String? = {
        if let path = ProcessInfo.processInfo.environment["NEWSFLOW_NOIDA_DB"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let libraries = RepositoryPaths.path(".build/noida-venv/lib")
        for python in (try? FileManager.default.contentsOfDirectory(atPath: libraries)) ?? [] {
            let path = "\(libraries)/\(python)/site-packages/noida_db/noida-db"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// Why the noida-db tests do not run, for the skip message.
    static let skipReason = "noida-db is not installed (scripts/install-noida-db; `make test` runs it): the noida-db delivery suite is SKIPPED"
}

/// A broker child process with the pipeline topics, for tests that need a cluster that answers.
struct LocalBroker {
    let kind: BrokerKind
    let process: WorkerProcess
    let address: String

    init(_ kind: BrokerKind = .mock, partitions: Int = 2, logDirectory: String) throws {
        self.kind = kind
        switch kind {
        case .mock:
            let addressFile = "\(logDirectory)/broker-\(UUID().uuidString.prefix(8)).address"
            process = try WorkerProcess("newsflow", arguments: ["broker", "--partitions", "\(partitions)", "--address-file", addressFile], logDirectory: logDirectory)
            let deadline = Date().addingTimeInterval(30)
            var text = ""
            while text.isEmpty, Date() < deadline {
                text = (try? String(contentsOfFile: addressFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if text.isEmpty { usleep(100_000) }
            }
            guard !text.isEmpty else {
                process.terminate()
                throw E2EError.brokerDidNotStart
            }
            address = text
        case .noida:
            guard let binary = NoidaDB.binary else { throw E2EError.brokerDidNotStart }
            let port = freePort()
            let data = "\(logDirectory)/noida-data-\(UUID().uuidString.prefix(8))"
            process = try WorkerProcess(
                (binary as NSString).lastPathComponent,
                arguments: ["start", "--only", "kafka", "--kafka-port", "\(port)", "--data-dir", data],
                logDirectory: logDirectory, name: "noida-db", directory: (binary as NSString).deletingLastPathComponent)
            address = "127.0.0.1:\(port)"
            guard Self.waitForListener(port: port, timeout: 30) else {
                process.terminate()
                throw E2EError.brokerDidNotStart
            }
            let topics = try WorkerProcess("newsflow", arguments: ["topics", "create", "--brokers", address, "--partitions", "\(partitions)"],
                                           logDirectory: logDirectory, name: "newsflow topics create")
            guard topics.waitForExit(timeout: 60) == 0 else {
                process.terminate()
                throw E2EError.topicsNotCreated(topics.log)
            }
        }
    }

    func stop() { process.terminate() }

    private static func waitForListener(port: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(fd)
            if connected == 0 { return true }
            usleep(50_000)
        }
        return false
    }
}

/// A fresh temporary folder for one test's logs and files.
func temporaryDirectory(_ prefix: String) throws -> String {
    let directory = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
}

extension WorkerProcess {
    /// Waits until the log holds every one of `texts`, or `timeout` passes (or the process ends).
    func waitForLog(containing texts: [String], timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = log
            if texts.allSatisfy({ current.contains($0) }) { return true }
            if !process.isRunning { return texts.allSatisfy { log.contains($0) } }
            usleep(100_000)
        }
        return false
    }

    /// Waits for the process to end by itself; its exit status, or nil after `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
