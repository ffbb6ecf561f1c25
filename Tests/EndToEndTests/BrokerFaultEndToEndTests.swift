import Foundation
import TestSupport
import Testing

/// Faults injected on purpose through `newsflow broker`'s flags and signals: the workers
/// must lose nothing, write no duplicate that differs, say what happened, and report
/// not ready on `/readyz` while Kafka is unreachable.
@Suite("Broker faults end to end", .serialized)
struct BrokerFaultEndToEndTests {
    @Test("brokers down for 15 s: a warning naming the address, /readyz 503 while down and 200 after, 0 lost")
    func brokerDown() async throws {
        try await blockingTest {
            let run = try PipelineRun(.mock, partitions: 2, label: "broker-down")
            let port = freePort()
            try run.start("cleaner", instance: "cleaner-0", metricsPort: port)
            try run.start("entities", instance: "entities-0")
            try run.start("quotes", instance: "quotes-0")
            try #require(try run.warmUp(), "\(run.logTails())")
            #expect(httpGet(port: port, path: "/readyz")?.0 == 200)
            let articles = (0..<300).map(GeneratedArticles.make)
            let expected = Set(articles.map(\.id))
            try run.feed(articles)
            try run.readUntil(50, of: expected, timeout: 120)

            kill(run.broker.process.process.processIdentifier, SIGUSR1)
            let downAt = Date()
            let cleaner = try #require(run.workers["cleaner-0"])
            #expect(cleaner.waitForLog(containing: ["Kafka connection lost at \(run.broker.address)"], timeout: 14), "\(cleaner.log.suffix(1500))")
            var notReady = false
            while !notReady, Date().timeIntervalSince(downAt) < 14 {
                notReady = httpGet(port: port, path: "/readyz")?.0 == 503
                if !notReady { usleep(200_000) }
            }
            #expect(notReady, "/readyz says not ready while the broker is down")
            let readyBody = httpGet(port: port, path: "/readyz")?.1 ?? ""
            #expect(readyBody.contains("kafka_unreachable"), "\(readyBody)")
            Thread.sleep(until: downAt.addingTimeInterval(15))

            kill(run.broker.process.process.processIdentifier, SIGUSR2)
            var ready = false
            let upDeadline = Date().addingTimeInterval(30)
            while !ready, Date() < upDeadline {
                ready = httpGet(port: port, path: "/readyz")?.0 == 200
                if !ready { usleep(200_000) }
            }
            #expect(ready, "/readyz is ready again once the broker answers: \(cleaner.log.suffix(800))")
            #expect(cleaner.log.contains("Kafka answers again at \(run.broker.address)"))
            try run.readUntil(expected.count, of: expected, timeout: 180)
            try run.drain()
            let missing = expected.subtracting(run.reader.arrivals.keys)
            print("faults[mock] brokers down 15 s: \(expected.count - missing.count)/\(expected.count) arrived, \(run.reader.duplicateCount) duplicates (\(run.reader.conflictingDuplicates.count) not byte-identical)")
            #expect(missing.isEmpty, "lost \(missing.count): \(run.logTails())")
            #expect(run.reader.conflictingDuplicates.isEmpty)
        }
    }
}
