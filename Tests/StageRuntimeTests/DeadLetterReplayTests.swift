import Articles
import Foundation
import Kafka
import StageRuntime
import TestSupport
import Testing

/// Upper-cases values; until `fixed`, values containing "flaky" fail (a deliberate bug).
struct FlakyTransform: ArticleTransform {
    let fixed: Bool

    func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        let text = String(decoding: value, as: UTF8.self)
        if !fixed, text.contains("flaky") {
            throw TransformFailure(code: "flaky-bug", message: "flaky-bug: the transform is broken", isRetriable: true)
        }
        return TransformedRecord(key: key.map { String(decoding: $0, as: UTF8.self) } ?? "", value: Array(text.uppercased().utf8))
    }
}

@Suite("Dead-letter replay on the mock cluster", .serialized)
struct DeadLetterReplayTests {
    @Test("a record dead-lettered by a broken transform is replayed after the fix and arrives enriched exactly once")
    func replayAfterFix() async throws {
        try await blockingTest {
            let harness = try MockHarness(partitions: 2)
            try harness.produce(["good one", "flaky one", "good two", "poison pill"])
            let broken = InProcessStages([(harness.configuration(.exactlyOnce), FlakyTransform(fixed: false))], logger: MockHarness.logger)
            #expect(try harness.read(harness.output, count: 3).count == 3)
            let letters = try harness.read(harness.deadLetters, count: 1)
            broken.stop()
            let letter = try #require(letters.first)
            #expect(letter.header(NewsflowHeaders.error).map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("flaky-bug") == true)

            // The fix ships: the same stage, same group, resumes where it left off.
            let fixed = InProcessStages([(harness.configuration(.exactlyOnce), FlakyTransform(fixed: true))], logger: MockHarness.logger)
            defer { fixed.stop() }
            let replayer = DeadLetterReplayer(
                properties: MockDefaults.properties(for: harness.cluster), deadLetterTopic: harness.deadLetters, ledgerGroup: "replay-\(UUID().uuidString.prefix(8))")
            #expect(try replayer.list().count == 1)
            #expect(try replayer.list(DeadLetterFilter(code: "other")).isEmpty)
            let dry = try replayer.replay(DeadLetterFilter(code: "flaky-bug"), dryRun: true)
            #expect(dry.replayed.count == 1)
            let report = try replayer.replay(DeadLetterFilter(code: "flaky-bug"))
            #expect(report.replayed.count == 1)
            #expect(report.failed.isEmpty)

            // Wait (bounded only for a hung run) for the replayed record, then a few seconds more for any duplicate.
            let outputs = try harness.read(
                harness.output, until: { records in records.contains { $0.value == Array("FLAKY ONE".utf8) } }, timeout: .seconds(90), settle: .seconds(5))
            let values = outputs.map { String(decoding: $0.value, as: UTF8.self) }
            #expect(values.filter { $0 == "FLAKY ONE" }.count == 1, "arrives exactly once: \(values)")
            #expect(outputs.count == 4, "nothing else was sent twice: \(values)")

            // The replay went to the source topic with the original key and where it came from.
            let inputs = try harness.read(harness.input, count: 5)
            let replayed = try #require(inputs.first { $0.header(NewsflowHeaders.replayedFrom) != nil })
            #expect(replayed.header(NewsflowHeaders.replayedFrom).map { String(decoding: $0, as: UTF8.self) } == "\(harness.deadLetters)/\(letter.partition)@\(letter.offset.rawValue)")
            #expect(replayed.key == letter.key)
            #expect(replayed.value == Array("flaky one".utf8))
            #expect(replayed.header(NewsflowHeaders.error) == nil, "the DLQ's own headers are not sent back")

            // At most once: a second replay sends nothing, unless again.
            let second = try replayer.replay(DeadLetterFilter())
            #expect(second.replayed.isEmpty)
            #expect(second.alreadyReplayed.count == 1)
            #expect(try replayer.ledgers()[letter.partition]?.contains(letter.offset.rawValue) == true)
            let again = try replayer.replay(DeadLetterFilter(), again: true, dryRun: true)
            #expect(again.replayed.count == 1)
        }
    }

    @Test("the ledger: a mark, ranges above it, merges, removal, and the note it commits")
    func ledger() async throws {
        try await blockingTest {
            var ledger = ReplayLedger()
            ledger.insert(5)
            ledger.insert(7)
            ledger.insert(6)
            #expect(ledger.mark == 0)
            #expect(ledger.note == "5-7")
            ledger.insert(0...4)
            #expect(ledger.mark == 8)
            #expect(ledger.note == "")
            ledger.insert(10)
            ledger.insert(12...14)
            #expect(ledger.note == "10,12-14")
            #expect(ledger.contains(3) && ledger.contains(13) && !ledger.contains(11) && !ledger.contains(8))
            ledger.remove(13)
            #expect(ledger.note == "10,12,14")
            ledger.remove(2)
            #expect(ledger.mark == 2)
            #expect(ledger.note == "3-7,10,12,14")
            let read = ReplayLedger(committedOffset: Int64(ledger.mark), note: ledger.note)
            #expect(read == ledger)
            #expect(ReplayLedger(committedOffset: -1001, note: "garbage,4").contains(4))
            var old = ReplayLedger(mark: 0, ranges: [3...4])
            old.forget(below: 3)
            #expect(old.mark == 5)
        }
    }

    @Test("--since takes ages and ISO times")
    func since() async throws {
        try await blockingTest {
            let now = Date(timeIntervalSince1970: 1_000_000)
            #expect(DeadLetterFilter.parseSince("2h", now: now) == now.addingTimeInterval(-7200))
            #expect(DeadLetterFilter.parseSince("30m", now: now) == now.addingTimeInterval(-1800))
            #expect(DeadLetterFilter.parseSince("2024-01-31T12:00:00Z") == Date(timeIntervalSince1970: 1_706_702_400))
            #expect(DeadLetterFilter.parseSince("2024-01-31") != nil)
            #expect(DeadLetterFilter.parseSince("yesterday") == nil)
        }
    }
}
