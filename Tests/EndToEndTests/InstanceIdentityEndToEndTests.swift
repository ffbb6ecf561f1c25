import Foundation
import TestSupport
import Testing

/// Two workers started with the same NEWSFLOW_INSTANCE_ID in one stage: the later one takes
/// over, the earlier one is fenced, says why and which setting to change, and exits 1
/// instead of fencing the other in turn. On noida-db only: librdkafka 2.0.2's mock fences
/// neither (it ignores `group.instance.id` and lets two producers share a transactional id).
@Suite("Replica identity end to end", .serialized, .enabled(if: NoidaDB.binary != nil, "\(NoidaDB.skipReason)"))
struct InstanceIdentityEndToEndTests {
    @Test("a second worker with the same instance id fences the first, which exits 1 naming NEWSFLOW_INSTANCE_ID")
    func sameInstanceIDFencesTheFirst() async throws {
        try await blockingTest {
            let run = try PipelineRun(.noida, partitions: 2, label: "same-id")
            try run.startPipeline()
            try #require(try run.warmUp(), "\(run.logTails())")
            let first = try #require(run.workers["cleaner-0"])
            let second = try WorkerProcess("newsflow", arguments: ["worker", "cleaner"], environment: [
                "KAFKA_BROKERS": run.broker.address, "NEWSFLOW_INSTANCE_ID": "cleaner-0", "NEWSFLOW_METRICS_PORT": "0",
                "NEWSFLOW_LOG_FORMAT": "json", "NEWSFLOW_BATCH_TIMEOUT_MS": "50", "KAFKA_PROP_FETCH_WAIT_MAX_MS": "10",
                "KAFKA_PROP_SESSION_TIMEOUT_MS": "6000", "KAFKA_PROP_HEARTBEAT_INTERVAL_MS": "500",
            ], logDirectory: run.logs, name: "cleaner-0-again")
            defer { second.terminate() }
            // Work for both, so the first one's transactions meet the fence too.
            let articles = (0..<200).map(GeneratedArticles.make)
            try run.feed(articles)
            let status = first.waitForExit(timeout: 60)
            #expect(status == 1, "the fenced worker exits 1; log: \(first.log.suffix(1500))")
            #expect(first.log.contains("another worker started with the same identity (instance id 'cleaner-0'"), "\(first.log.suffix(1500))")
            #expect(first.log.contains("NEWSFLOW_INSTANCE_ID or --instance-id"))
            #expect(second.process.isRunning, "the later worker keeps the partitions: \(second.log.suffix(800))")
            let expected = Set(articles.map(\.id))
            try run.readUntil(expected.count, of: expected, timeout: 120)
            #expect(expected.isSubset(of: run.reader.arrivals.keys), "the later worker carries on: 0 lost")
            #expect(run.reader.conflictingDuplicates.isEmpty)
        }
    }
}
