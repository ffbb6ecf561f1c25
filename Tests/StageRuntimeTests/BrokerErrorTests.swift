import Articles
import Foundation
import Kafka
import Logging
import MetricsTestKit
@testable import StageRuntime
import Synchronization
import TestSupport
import Testing

/// One kind of broker error, injected with `rd_kafka_mock_push_request_errors` (what
/// `newsflow broker --request-errors` does) on the next requests of one API.
struct InjectedErrors: CustomTestStringConvertible, Sendable {
    let api: String
    let apiKey: Int16
    let codes: [Int32]
    /// Log lines (any level, librdkafka's debug included) that show the stage's own clients
    /// got the errors, rather than the test's reader.
    let evidence: [String]
    /// What the worker's warning must contain.
    let warning: [String]
    /// librdkafka 2.0.2 retries these inside its clients and reports them only in its debug
    /// log: the stage sees a call that succeeds, so it has nothing to warn about.
    var retriedInsideLibrdkafka = false

    var testDescription: String { "\(api) \(codes)" }

    static let all: [InjectedErrors] = [
        .init(api: "produce", apiKey: 0, codes: [6, 7],
              evidence: ["encountered error: Broker: Not leader for partition", "encountered error: Broker: Request timed out"],
              warning: ["NOT_LEADER_FOR_PARTITION"], retriedInsideLibrdkafka: true),
        .init(api: "fetch", apiKey: 1, codes: [6, 6],
              evidence: ["error \"Broker: Not leader for partition\""],
              warning: ["NOT_LEADER_FOR_PARTITION"], retriedInsideLibrdkafka: true),
        .init(api: "find-coordinator", apiKey: 10, codes: [15, 15],
              evidence: ["COORDINATOR_NOT_AVAILABLE: Broker: Coordinator not available"],
              warning: ["COORDINATOR_NOT_AVAILABLE"], retriedInsideLibrdkafka: true),
        .init(api: "init-producer-id", apiKey: 22, codes: [51, 15],
              evidence: ["Failed to acquire transactional PID"],
              warning: ["Failed to acquire transactional PID from broker", "Broker: Coordinator not available: retrying"]),
        .init(api: "add-partitions-to-txn", apiKey: 24, codes: [51, 16],
              evidence: ["another concurrent operation on the same transaction was ongoing", "AddPartitionsToTxn failed: Broker: Not coordinator"],
              warning: ["CONCURRENT_TRANSACTIONS"], retriedInsideLibrdkafka: true),
        .init(api: "add-offsets-to-txn", apiKey: 25, codes: [51],
              evidence: ["AddOffsetsToTxn response from TxnCoordinator/1: CONCURRENT_TRANSACTIONS"],
              warning: ["CONCURRENT_TRANSACTIONS"], retriedInsideLibrdkafka: true),
        .init(api: "end-txn", apiKey: 26, codes: [16, 15],
              evidence: ["EndTxn returned NOT_COORDINATOR", "EndTxn returned COORDINATOR_NOT_AVAILABLE"],
              warning: ["NOT_COORDINATOR"], retriedInsideLibrdkafka: true),
        .init(api: "offset-commit", apiKey: 8, codes: [27, 27],
              evidence: ["REBALANCE_IN_PROGRESS"],
              warning: ["post-transaction offset commit refused; retrying it on revoke and before the next batch", "REBALANCE_IN_PROGRESS"]),
    ]
}


/// Broker errors on produce, fetch, the transaction coordinator and offset commits: the
/// stage must lose nothing, write no duplicate that differs, and log a warning naming
/// the error (issue #16). Exactly-once, the default delivery mode, read read_committed.
/// Where librdkafka retries an error inside a call that then succeeds, the stage has no
/// failure to warn about: the missing warning is a known issue, so that the day it is
/// logged the known issue fails and the case moves to the plain expectation.
// The time limit bounds a hang; it counts the wait for a blocking-test slot too.
@Suite("Injected broker errors on the mock cluster", .serialized, .timeLimit(.minutes(20)))
struct BrokerErrorTests {
    static let inputs = (0..<200).map { "article \($0)" }

    @Test("0 lost, no duplicate that differs, a warning naming the error", arguments: InjectedErrors.all)
    func injectedErrors(_ injected: InjectedErrors) async throws {
        try await blockingTest {
            let started = ContinuousClock.now
            let harness = try MockHarness()
            try harness.produce(Self.inputs)
            harness.cluster.pushRequestErrors(apiKey: injected.apiKey, errors: injected.codes)
            let logs = CapturedLogs(level: .trace)
            var configuration = harness.configuration(.exactlyOnce)
            // librdkafka's debug log is the only place some of these errors show; the test reads it
            // to know the stage's clients got them.
            configuration.kafkaProperties["debug"] = "msg,eos,cgrp,fetch"
            let loop = StageLoop(configuration: configuration, transform: UppercaseTransform(), logger: logs.logger, health: nil, metricsFactory: TestMetrics())
            let finished = DispatchSemaphore(value: 0)
            loop.startOnOwnThread { _ in finished.signal() }
            defer {
                loop.requestStop()
                _ = finished.wait(timeout: .now() + 30)
            }

            // The stage must have got the errors before the reader starts: the reader's own
            // requests (FindCoordinator, Fetch, OffsetCommit) would otherwise take them.
            func seen() -> Bool {
                let lines = logs.lines.withLock { $0 }.map(\.text)
                return injected.evidence.allSatisfy { pattern in lines.contains { $0.contains(pattern) } }
            }
            func warnings() -> [String] {
                logs.warnings.map(\.text).filter { line in injected.warning.allSatisfy { line.contains($0) } }
            }
            let deadline = ContinuousClock.now + .seconds(60)
            while !(seen() && (injected.retriedInsideLibrdkafka || !warnings().isEmpty)), ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(seen(), "the stage's clients got \(injected.codes) on \(injected.api)")

            let outputs = try harness.read(harness.output, until: { Set($0.map(\.value)).count >= Self.inputs.count }, settle: .seconds(1))
            var firstValues: [[UInt8]: [UInt8]] = [:]
            var differing = 0
            for record in outputs {
                let key = record.key ?? []
                if let first = firstValues[key] { differing += first == record.value ? 0 : 1 } else { firstValues[key] = record.value }
            }
            let expected = Set(Self.inputs.map { $0.uppercased() })
            let arrived = Set(outputs.map { String(decoding: $0.value, as: UTF8.self) })
            let warned = warnings()
            print("broker-errors[\(injected.api) \(injected.codes)]: \(expected.intersection(arrived).count)/\(expected.count) arrived, "
                + "\(outputs.count - arrived.count) duplicates (\(differing) not byte-identical), \(warned.count) warning(s), "
                + "\(String(format: "%.1f", Double((ContinuousClock.now - started) / .milliseconds(1)) / 1000)) s; first warning: \(warned.first ?? "none")")
            #expect(expected.subtracting(arrived).isEmpty, "lost \(expected.subtracting(arrived).count)")
            #expect(differing == 0, "duplicates that differ")
            if injected.retriedInsideLibrdkafka {
                withKnownIssue("librdkafka 2.0.2 retries \(injected.api) errors internally and logs them at debug level only; the stage sees no failure") {
                    #expect(!warned.isEmpty, "a warning names \(injected.warning)")
                }
            } else {
                #expect(!warned.isEmpty, "a warning names \(injected.warning)")
            }
        }
    }
}
