import Foundation
import TestSupport
import Testing

/// What a worker says when it cannot start working: a wrong broker address, a missing input
/// topic, a metrics port already in use. Each message names the value and what to change.
@Suite("Worker start-up errors", .serialized)
struct WorkerStartupErrorTests {
    @Test("a wrong broker address is named within seconds, with the setting to fix; the worker retries and stops cleanly on SIGTERM")
    func wrongBroker() async throws {
        try await blockingTest {
            let directory = try temporaryDirectory("newsflow-startup")
            let worker = try WorkerProcess("newsflow-cleaner", arguments: ["--brokers", "127.0.0.1:1", "--metrics-port", "0"], logDirectory: directory)
            defer { worker.terminate() }
            #expect(worker.waitForLog(containing: ["Kafka does not answer at 127.0.0.1:1", "KAFKA_BROKERS or --brokers", "keeps retrying"], timeout: 30), "\(worker.log)")
            #expect(worker.process.isRunning)
            #expect(worker.terminate() == 0, "\(worker.log)")
        }
    }

    @Test("a missing input topic is named with how to create it; the worker waits for it")
    func missingInputTopic() async throws {
        try await blockingTest {
            let directory = try temporaryDirectory("newsflow-startup")
            let broker = try LocalBroker(logDirectory: directory)
            defer { broker.stop() }
            let worker = try WorkerProcess(
                "newsflow-cleaner", arguments: ["--brokers", broker.address, "--input-topic", "articles.absent", "--metrics-port", "0"],
                logDirectory: directory
            )
            defer { worker.terminate() }
            #expect(worker.waitForLog(containing: ["topic articles.absent does not exist", "newsflow topics create --brokers \(broker.address)", "NEWSFLOW_INPUT_TOPIC or --input-topic"], timeout: 30), "\(worker.log)")
            #expect(worker.process.isRunning)
            #expect(worker.terminate() == 0, "\(worker.log)")
        }
    }

    @Test("a metrics port already in use ends the worker with a message naming the port and the setting")
    func metricsPortInUse() async throws {
        try await blockingTest {
            let directory = try temporaryDirectory("newsflow-startup")
            let broker = try LocalBroker(logDirectory: directory)
            defer { broker.stop() }
            let holder = try ListeningSocket()
            defer { holder.close() }
            let worker = try WorkerProcess(
                "newsflow-cleaner", arguments: ["--brokers", broker.address, "--metrics-port", "\(holder.port)"], logDirectory: directory
            )
            defer { worker.terminate() }
            let status = worker.waitForExit(timeout: 60)
            #expect(status != nil && status != 0, "\(worker.log)")
            #expect(worker.log.contains(":\(holder.port)"), "\(worker.log)")
            #expect(worker.log.contains("NEWSFLOW_METRICS_PORT or --metrics-port"), "\(worker.log)")
        }
    }
}

/// A TCP socket listening on a free port of all addresses, standing in for another replica.
final class ListeningSocket {
    let port: Int
    private let fd: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = INADDR_ANY
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 1) == 0 else { Glibc.close(fd); throw ListeningSocketError.cannotListen }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.fd = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { Glibc.close(fd) }
}

enum ListeningSocketError: Error { case cannotListen }
