import Articles
import Foundation
import Kafka
import Logging
import MetricsTestKit
@testable import StageRuntime
import Synchronization
import TestSupport
import Testing

/// A test transform that takes `delay` on values starting with "slow", like an article
/// that drives a stage into a super-linear path.
struct SlowTransform: ArticleTransform {
    let delay: Duration

    func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        if value.starts(with: Array("slow".utf8)) { Thread.sleep(forTimeInterval: delay / .seconds(1)) }
        return try UppercaseTransform().apply(value: value, key: key, contentType: contentType)
    }
}


// The time limit bounds a hang; it counts the wait for a blocking-test slot too.
@Suite("A batch that runs too long is reported", .serialized, .timeLimit(.minutes(20)))
struct BatchStallTests {
    @Test("past the batch stall limit: /healthz unhealthy with the reason, one warning naming article, offset and stage, one counted stall")
    func slowBatchIsReported() async throws {
        try await blockingTest {
            let harness = try MockHarness(partitions: 1)
            try harness.produce(["slow article"])
            var configuration = harness.configuration(.exactlyOnce)
            configuration.batchStallLimit = .milliseconds(300)
            let logs = CapturedLogs()
            let metrics = TestMetrics()
            let loop = StageLoop(
                configuration: configuration, transform: SlowTransform(delay: .seconds(3)), logger: logs.logger,
                health: nil, metricsFactory: metrics
            )
            let finished = DispatchSemaphore(value: 0)
            loop.startOnOwnThread { _ in finished.signal() }
            defer {
                loop.requestStop()
                _ = finished.wait(timeout: .now() + 20)
            }

            let deadline = ContinuousClock.now + .seconds(15)
            while loop.health.stalledBatch == nil, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            #expect(!loop.health.isHealthy)
            let summary = loop.health.summary
            #expect(summary.contains("stalled=batch running for"), "\(summary)")
            #expect(summary.contains("in stage cleaner on article k0 at test.in/0 offset 0"), "\(summary)")
            #expect(summary.contains("NEWSFLOW_BATCH_STALL_MS"), "\(summary)")

            // The watchdog checks every 75 ms (a quarter of the limit); give it a few rounds.
            Thread.sleep(forTimeInterval: 0.5)
            let warnings = logs.lines.withLock { $0 }.filter { $0.message.hasPrefix("batch stalled") }
            #expect(warnings.count == 1, "one warning per stalled batch")
            #expect(warnings.first?.metadata["article_id"] == "k0")
            #expect(warnings.first?.metadata["offset"] == "0")
            #expect(warnings.first?.metadata["stage"] == "cleaner")
            #expect(try metrics.expectCounter("newsflow_batch_stalls_total", [("stage", "cleaner")]).totalValue == 1)

            // When the slow article is done, the batch commits and the worker is healthy again.
            let outputs = try harness.read(harness.output, count: 1)
            #expect(outputs.map { String(decoding: $0.value, as: UTF8.self) } == ["SLOW ARTICLE"])
            let recovered = ContinuousClock.now + .seconds(30)
            while !loop.health.isHealthy, ContinuousClock.now < recovered { Thread.sleep(forTimeInterval: 0.02) }
            #expect(loop.health.isHealthy)
            #expect(try metrics.expectCounter("newsflow_batch_stalls_total", [("stage", "cleaner")]).totalValue == 1)
        }
    }

    @Test("a batch within the limit is not reported")
    func fastBatchIsNotReported() async throws {
        try await blockingTest {
            let health = StageHealth(batchStallLimit: .seconds(30), stage: "cleaner")
            health.set(.running)
            health.beginBatch()
            health.working(on: BatchPosition(articleID: "a-1", topic: "articles.raw", partition: 2, offset: 7))
            #expect(health.stalledBatch == nil)
            #expect(health.isHealthy)
            health.endBatch()
            #expect(!health.summary.contains("stalled"))
        }
    }

    @Test("the batch stall limit is read in milliseconds; the default is 30 s")
    func stallLimitSetting() throws {
        let reader = SettingsReader(environment: [WorkerEnvironment.batchStallMs: "2500"])
        #expect(try StageConfiguration(stage: .quotes, settings: reader).batchStallLimit == .milliseconds(2_500))
        #expect(StageConfiguration(stage: .quotes, brokers: "b:9092").batchStallLimit == .seconds(30))
        #expect(throws: ConfigurationError.self) {
            try StageConfiguration(stage: .quotes, settings: SettingsReader(environment: [WorkerEnvironment.batchStallMs: "soon"]))
        }
    }
}
