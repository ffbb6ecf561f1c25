import Articles
import Foundation
import Kafka
import MetricsTestKit
@testable import StageRuntime
import TestSupport
import Testing

@Suite("Produce-to-output latency", .serialized)
struct LatencyTests {
    static func record(timestampMs: Int64?, headers: [KafkaHeader] = []) -> KafkaRecord {
        KafkaRecord(topic: "in", partition: 0, offset: 0, key: nil, value: Array("x".utf8), headers: headers, timestampMs: timestampMs)
    }

    @Test("the first stage takes the raw record's Kafka timestamp; later stages keep the header it wrote")
    func ingestedAt() async throws {
        try await blockingTest {
            #expect(OutputBuilder.ingestedAt(of: Self.record(timestampMs: 1_700_000_000_123)) == 1_700_000_000_123)
            let carried = Self.record(timestampMs: 1_700_000_009_999, headers: [KafkaHeader(key: NewsflowHeaders.ingestedAt, value: Array("1700000000123".utf8))])
            #expect(OutputBuilder.ingestedAt(of: carried) == 1_700_000_000_123)
            #expect(OutputBuilder.ingestedAt(of: Self.record(timestampMs: nil)) == nil)

            let builder = OutputBuilder(stage: .cleaner, outputTopic: "out", deadLetterTopic: "dlq", transform: UppercaseTransform())
            guard case .output(let output) = builder.build(for: Self.record(timestampMs: 1_700_000_000_123)) else {
                Issue.record("the test transform accepts 'x'")
                return
            }
            #expect(output.headers.last { $0.key == NewsflowHeaders.ingestedAt }?.value == Array("1700000000123".utf8))
        }
    }

    @Test("a stage records each committed output's latency from the article's produce and from its own input")
    func latencyHistograms() async throws {
        try await blockingTest {
            let harness = try MockHarness(partitions: 1)
            // An article that entered the pipeline 2 s before this stage's input record was written.
            let ingested = Int64((Date().timeIntervalSince1970 * 1000).rounded()) - 2_000
            try harness.produce(["one", "two", "three"], headers: [KafkaHeader(key: NewsflowHeaders.ingestedAt, value: Array(String(ingested).utf8))])
            let metrics = TestMetrics()
            let loop = StageLoop(
                configuration: harness.configuration(.exactlyOnce), transform: UppercaseTransform(), logger: MockHarness.logger,
                health: nil, metricsFactory: metrics
            )
            let finished = DispatchSemaphore(value: 0)
            loop.startOnOwnThread { _ in finished.signal() }
            defer {
                loop.requestStop()
                _ = finished.wait(timeout: .now() + 30)
            }
            let outputs = try harness.read(harness.output, count: 3)
            #expect(outputs.allSatisfy { $0.header(NewsflowHeaders.ingestedAt) == Array(String(ingested).utf8) })

            // The histograms are recorded right after the commit that made the outputs readable.
            let endToEnd = try metrics.expectTimer("newsflow_end_to_end_latency_seconds", [("stage", "cleaner")])
            let stage = try metrics.expectTimer("newsflow_stage_latency_seconds", [("stage", "cleaner")])
            let deadline = ContinuousClock.now + .seconds(30)
            while endToEnd.values.count < 3 || stage.values.count < 3, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            #expect(endToEnd.values.count == 3)
            #expect(stage.values.count == 3)
            for (fromProduce, fromInput) in zip(endToEnd.values, stage.values) {
                #expect(fromProduce >= 2_000_000_000, "at least the 2 s before the input was written")
                #expect(fromProduce > fromInput, "the whole pipeline takes longer than this stage alone")
                #expect(fromInput >= 0 && fromInput < 60_000_000_000)
            }
        }
    }
}
