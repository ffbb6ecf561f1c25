import Foundation
import TestSupport
import Testing

/// Exactly-once through crashes and membership changes, on both brokers, with the same
/// worker processes and settings. On noida-db, which keeps offsets committed inside
/// transactions as Kafka does, every case must give 0 lost and 0 duplicates in
/// read_committed `articles.enriched`. On librdkafka's mock, which drops them, a batch
/// whose post-transaction consumer commit was refused during a rebalance is done again
/// by the partition's next owner: such duplicates must be byte-identical.
///
/// noida-db's limits decide the membership used: it never expires a dead member, so
/// kill -9 is followed by a restart under the same instance id (static membership), and
/// scale-in uses dynamic membership (a static member sends no LeaveGroup).
@Suite("Delivery through crashes and rebalances", .serialized)
struct DeliveryEndToEndTests {
    static let count = 1_000

    @Test("kill -9 of each worker mid-batch, then a restart under the same instance id: 0 lost", arguments: BrokerKind.available)
    func killEachWorkerAndRestart(_ kind: BrokerKind) async throws {
        try await blockingTest {
            let run = try PipelineRun(kind, label: "kill")
            try run.startPipeline()
            try #require(try run.warmUp(), "\(run.logTails())")
            let articles = (0..<Self.count).map(GeneratedArticles.make)
            let expected = Set(articles.map(\.id))
            try run.feed(articles)
            var gaps: [String] = []
            for (index, stage) in ["cleaner", "entities", "quotes"].enumerated() {
                try run.readUntil(Self.count * (index + 1) / 4, of: expected, timeout: 120)
                let killedAt = Date()
                run.workers["\(stage)-0"]?.kill9()
                try run.start(stage, instance: "\(stage)-0")
                try run.readUntil(Self.count * (index + 1) / 4 + 50, of: expected, timeout: 120)
                gaps.append(String(format: "%@ %.1f s", stage, run.longestGap(after: killedAt)))
            }
            try run.readUntil(Self.count, of: expected, timeout: 180)
            try run.drain()
            try Self.check(run, expected: expected, kind: kind, scenario: "kill -9 and restart (gap: \(gaps.joined(separator: ", ")))")
        }
    }

    @Test("SIGTERM of a worker mid-feed, then a restart: 0 lost", arguments: BrokerKind.available)
    func sigtermAndRestart(_ kind: BrokerKind) async throws {
        try await blockingTest {
            let run = try PipelineRun(kind, label: "sigterm")
            try run.startPipeline()
            try #require(try run.warmUp(), "\(run.logTails())")
            let articles = (0..<Self.count).map(GeneratedArticles.make)
            let expected = Set(articles.map(\.id))
            try run.feed(articles)
            try run.readUntil(Self.count / 3, of: expected, timeout: 120)
            let stoppedAt = Date()
            let status = run.workers["entities-0"]?.terminate()
            #expect(status == 0, "SIGTERM finishes the batch, commits and exits 0: \(run.logTails())")
            try run.start("entities", instance: "entities-0")
            try run.readUntil(Self.count, of: expected, timeout: 180)
            try run.drain()
            try Self.check(run, expected: expected, kind: kind, scenario: String(format: "SIGTERM and restart (gap %.1f s)", run.longestGap(after: stoppedAt)))
        }
    }

    @Test("scale-out of every stage from 1 to 3 replicas and back to 1 (dynamic membership): 0 lost", arguments: BrokerKind.available)
    func scaleOutAndIn(_ kind: BrokerKind) async throws {
        try await blockingTest {
            let run = try PipelineRun(kind, label: "scale")
            try run.startPipeline(membership: "dynamic")
            try #require(try run.warmUp(), "\(run.logTails())")
            let articles = (0..<Self.count).map(GeneratedArticles.make)
            let expected = Set(articles.map(\.id))
            try run.feed(articles)
            try run.readUntil(Self.count / 4, of: expected, timeout: 120)
            let scaledOutAt = Date()
            // The stages scale out at once; within a stage the second new replica starts once the
            // first holds partitions. noida-db's coordinator can leave a member that joins while
            // its group's rebalance is still completing without partitions for good (it never
            // rebalances again by itself: no member expires); seen once in four CI runs.
            // Each new replica holds partitions (6 partitions, 3 replicas) before scale-in; a
            // SIGTERM before the worker's signal handling starts would end it at once.
            for replica in 1...2 {
                for stage in ["cleaner", "entities", "quotes"] { try run.start(stage, instance: "\(stage)-\(replica)", membership: "dynamic") }
                for stage in ["cleaner", "entities", "quotes"] {
                    let worker = try #require(run.workers["\(stage)-\(replica)"])
                    #expect(worker.waitForLog(containing: ["partitions assigned"], timeout: 120), "\(stage)-\(replica) joined: \(worker.log.suffix(800))")
                }
            }
            try run.readUntil(Self.count * 2 / 3, of: expected, timeout: 120)
            let outGap = run.longestGap(after: scaledOutAt)
            let scaledInAt = Date()
            for stage in ["cleaner", "entities", "quotes"] {
                for replica in 1...2 {
                    let status = run.workers["\(stage)-\(replica)"]?.terminate()
                    #expect(status == 0, "\(stage)-\(replica) exit status: \(run.logTails())")
                }
            }
            try run.readUntil(Self.count, of: expected, timeout: 180)
            try run.drain()
            try Self.check(run, expected: expected, kind: kind, scenario: String(
                format: "scale 1→3→1 (gap after scale-out %.1f s, after scale-in %.1f s)", outGap, run.longestGap(after: scaledInAt)))
        }
    }

    /// 0 lost on both brokers; 0 duplicates on noida-db; byte-identical duplicates only on the mock.
    static func check(_ run: PipelineRun, expected: Set<String>, kind: BrokerKind, scenario: String) throws {
        let missing = expected.subtracting(run.reader.arrivals.keys)
        print("delivery[\(kind.rawValue), session \(PipelineRun.sessionTimeoutMs) ms, \(PipelineRun.assignor)] \(scenario): \(expected.count - missing.count)/\(expected.count) arrived, \(run.reader.duplicateCount) duplicates (\(run.reader.conflictingDuplicates.count) not byte-identical)")
        #expect(missing.isEmpty, "\(kind): lost \(missing.count), e.g. \(missing.sorted().prefix(5)); \(run.logTails())")
        #expect(run.reader.conflictingDuplicates.isEmpty, "\(kind): duplicates that differ: \(run.reader.conflictingDuplicates.prefix(5))")
        if kind == .noida {
            #expect(run.reader.duplicateCount == 0, "noida-db keeps transactional offsets: no duplicate may appear")
        }
    }
}
