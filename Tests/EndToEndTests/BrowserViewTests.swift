import Articles
import Foundation
import Kafka
import TestSupport
import Testing

/// `newsflow view` in a real browser: `newsflow broker`, the three workers and the view as
/// processes, the samples and one bad record fed in, then headless chromium reads the pages.
@Suite("newsflow view in headless chromium", .serialized, .enabled(if: Chromium.isAvailable, "chromium is not installed (apt-get install -y chromium); the browser tests did not run"))
struct BrowserViewTests {
    static let seedID = "a-1c2e74e0f4a8e6d9"
    static let plantedKey = "planted-bad-record"

    @Test("the seed article, its quotes and audit, and a planted dead letter, as chromium renders them")
    func pages() async throws {
        try await blockingTest {
            let logs = try temporaryDirectory("newsflow-view-e2e")
            let broker = try LocalBroker(partitions: 2, logDirectory: logs)
            defer { broker.stop() }
            let mock = [
                "KAFKA_BROKERS": broker.address, "KAFKA_PROP_FETCH_WAIT_MAX_MS": "10", "KAFKA_PROP_SESSION_TIMEOUT_MS": "6000",
                "KAFKA_PROP_HEARTBEAT_INTERVAL_MS": "500", "NEWSFLOW_LOG_LEVEL": "warning",
            ]
            let workers = try ["cleaner", "entities", "quotes"].map { stage in
                try WorkerProcess("newsflow", arguments: ["worker", stage], environment: mock.merging(["NEWSFLOW_METRICS_PORT": String(freePort()), "NEWSFLOW_BATCH_TIMEOUT_MS": "50"]) { $1 }, logDirectory: logs, name: "newsflow worker \(stage)")
            }
            defer { workers.forEach { $0.terminate() } }
            let port = freePort()
            let view = try WorkerProcess("newsflow", arguments: ["view", "--port", String(port)], environment: mock, logDirectory: logs, name: "newsflow view")
            defer { view.terminate() }
            #expect(view.waitForLog(containing: ["newsflow view: http://127.0.0.1:\(port)/"], timeout: 30), "view log: \(view.log.suffix(800))")

            // Feed: the samples, and a record no stage can read.
            let producer = try KafkaProducer(properties: ["bootstrap.servers": broker.address])
            for (name, type) in [("blinken-priorities.html", "text/html"), ("blinken-priorities.txt", "text/plain")] {
                try producer.produce(ProducerRecord(topic: Topics.raw, key: nil, value: try RepositoryPaths.sample(name), headers: [KafkaHeader(key: "content-type", string: type)]))
            }
            try producer.produce(ProducerRecord(
                topic: Topics.raw, key: Array(Self.plantedKey.utf8), value: Array(#"{"id": "planted", "body": "#.utf8),
                headers: [KafkaHeader(key: "content-type", string: "application/json")]))
            try producer.flush(timeout: .seconds(10))
            producer.close(timeout: .seconds(2))

            // Wait until the view holds both articles and the dead letter.
            let base = "http://127.0.0.1:\(port)"
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline {
                let list = httpGet(port: port, path: "/")?.1 ?? ""
                let letters = httpGet(port: port, path: "/dead-letters")?.1 ?? ""
                if list.components(separatedBy: "class=\"article-row\"").count == 3, letters.contains(Self.plantedKey) { break }
                usleep(300_000)
            }

            // The article page: Antony Blinken highlighted as a person, 13 quotes marked.
            let article = try #require(try Chromium.dumpDOM("\(base)/article?id=\(Self.seedID)"), "chromium rendered the article page")
            #expect(article.range(of: #"<mark class="ent ent-person"[^>]*data-type="PERSON"[^>]*>Antony Blinken<span class="tip""#, options: .regularExpression) != nil,
                    "Antony Blinken is marked as a person")
            let quotes = article.components(separatedBy: #"<q class="quote quote-"#).count - 1
            #expect(quotes == 13, "13 quotes marked, found \(quotes)")
            let speakerLinks = article.components(separatedBy: ##"<a class="speaker" href="#entity-"##).count - 1
            #expect(speakerLinks == 13)

            // The audit view: the removed comment form, with its reason.
            let audit = try #require(try Chromium.dumpDOM("\(base)/article?id=\(Self.seedID)&view=audit"))
            #expect(audit.contains(#"<div class="removed" data-reason="comment-form"><span class="reason">comment-form</span>"#))
            #expect(audit.contains("Leave a Reply"))

            // Dead letters: the planted record, under cleaner / invalid-envelope, with its payload.
            let letters = try #require(try Chromium.dumpDOM("\(base)/dead-letters"))
            #expect(letters.contains(#"data-stage="cleaner" data-code="invalid-envelope""#))
            #expect(letters.contains("<code>\(Self.plantedKey)</code>"))
            #expect(letters.contains(#"{"id": "planted", "body": "#))

            // The list, with the live script running under the Content-Security-Policy.
            let list = try #require(try Chromium.dumpDOM(base + "/"))
            #expect(list.contains("Blinken: Ending Israel-Hamas war"))
            #expect(list.contains(#"id="live-status">live"#), "view.js ran (same-origin script allowed by the policy)")

            // The pipeline page: a lag table per stage.
            let pipeline = try #require(try Chromium.dumpDOM(base + "/pipeline"))
            #expect(pipeline.components(separatedBy: #"<table class="lag""#).count - 1 == 3)

            // A screenshot of the article page, kept as a test artifact.
            let artifacts = RepositoryPaths.path(".build/test-artifacts")
            try FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
            let shot = "\(artifacts)/view-article.png"
            #expect(try Chromium.screenshot("\(base)/article?id=\(Self.seedID)", to: shot), "screenshot written to \(shot)")
            print("browser: article page screenshot at \(shot); view peak RSS \(view.peakResidentMegabytes.map { String(format: "%.0f MB", $0) } ?? "?")")
            #expect(view.terminate() == 0, "the view stops on SIGTERM: \(view.log.suffix(500))")
        }
    }
}
