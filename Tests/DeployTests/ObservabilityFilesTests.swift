import Foundation
import TestSupport
import Testing

/// The alert rules and the Grafana dashboard name only series a real worker serves: a
/// `newsflow worker cleaner` on a `newsflow broker` is fed one article and one that
/// goes to the DLQ, then its /metrics is scraped and every metric the files name must
/// be there. (All stages serve the same series, labelled with their stage.)
@Suite("Observability files", .serialized)
struct ObservabilityFilesTests {
    static let rulesPath = "deploy/prometheus/alerts.yml"
    static let dashboardPath = "deploy/grafana/dashboards/newsflow.json"
    /// Series Prometheus records itself for every scrape target, not a worker's.
    static let prometheusSeries: Set<String> = ["up"]

    static func ruleExpressions() throws -> [(name: String, expr: String)] {
        let rules = try YAMLValue.load(RepositoryFiles.text(rulesPath), path: rulesPath)
        return rules["groups"].elements.flatMap { $0["rules"].elements }.compactMap { rule in
            rule["expr"].scalar.map { (rule["alert"].scalar ?? rule["record"].scalar ?? "?", $0) }
        }
    }

    static func dashboard() throws -> [String: Any] {
        let data = Data(try RepositoryFiles.text(dashboardPath).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func dashboardPanels() throws -> [[String: Any]] {
        (try dashboard()["panels"] as? [[String: Any]] ?? []).filter { $0["type"] as? String != "row" }
    }

    /// Each panel's title with the PromQL of its queries.
    static func dashboardExpressions() throws -> [(panel: String, expr: String)] {
        try dashboardPanels().flatMap { panel in
            (panel["targets"] as? [[String: Any]] ?? []).compactMap { target in
                (target["expr"] as? String).map { (panel["title"] as? String ?? "?", $0) }
            }
        }
    }

    @Test("the metric name reader skips functions, labels, ranges, keywords and variables")
    func metricNameReader() {
        #expect(PromQLMetricNames.names(in: #"histogram_quantile(0.99, sum by (le) (rate(a_bucket{stage="$stage", code=~"x|y"}[$__rate_interval])))"#) == ["a_bucket"])
        #expect(PromQLMetricNames.names(in: "sum by (stage) (b) > 1000 and sum by (stage) (delta(c[15m])) > 0") == ["b", "c"])
        #expect(PromQLMetricNames.names(in: "changes(d[30m]) >= 2 and on (instance) e") == ["d", "e"])
        #expect(PromQLMetricNames.names(in: "f * on (instance) group_left (stage) (0 * g{s=\"1\"} + 1e3)") == ["f", "g"])
        #expect(PromQLMetricNames.names(in: #"up{job=~"cleaner|entities"} == 0"#) == ["up"])
        #expect(PromQLMetricNames.labelValuesMetric("label_values(newsflow_x_total, stage)") == "newsflow_x_total")
    }

    @Test("the rules alert on growing lag, the DLQ rate, a stuck batch and a restarting worker")
    func requiredAlerts() throws {
        let expressions = try Self.ruleExpressions()
        let names = try Self.ruleExpressions().map(\.name)
        #expect(Set(["NewsflowLagGrowing", "NewsflowDeadLetterRate", "NewsflowBatchStalled", "NewsflowWorkerRestarting"]).isSubset(of: Set(names)))
        #expect(expressions.allSatisfy { !PromQLMetricNames.names(in: $0.expr).isEmpty })
    }

    @Test("the dashboard shows, per stage, throughput, lag, batch and transaction latency, DLQ by code, rebalances and RSS")
    func requiredPanels() throws {
        let titles = try Self.dashboardPanels().compactMap { $0["title"] as? String }
        for wanted in ["Throughput", "Consumer lag", "Batch latency", "Transaction latency", "Dead letters by code", "Rebalances", "Resident memory (RSS)"] {
            #expect(titles.contains(wanted), "no panel \(wanted)")
        }
        let row = try #require((try Self.dashboard()["panels"] as? [[String: Any]])?.first)
        #expect(row["type"] as? String == "row" && row["repeat"] as? String == "stage", "one row of panels per stage")
        for (panel, expr) in try Self.dashboardExpressions() where !expr.hasPrefix("process_") && !expr.contains("process_") {
            #expect(expr.contains(#"stage="$stage""#), "\(panel): \(expr) ignores the stage")
        }
    }

    @Test("every metric the rules and the dashboard name is on a running worker's /metrics")
    func metricsExistOnWorker() async throws {
        try await blockingTest {
            let directory = NSTemporaryDirectory() + "observability-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let addressFile = "\(directory)/broker.address"
            let broker = try NewsflowProcess(["broker", "--partitions", "1", "--address-file", addressFile], logDirectory: directory)
            defer { broker.stop() }
            var address = ""
            let brokerDeadline = Date().addingTimeInterval(30)
            while address.isEmpty, Date() < brokerDeadline {
                address = (try? String(contentsOfFile: addressFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if address.isEmpty { usleep(100_000) }
            }
            try #require(!address.isEmpty, "newsflow broker did not start: \(broker.log)")

            let port = unusedLocalPort()
            let worker = try NewsflowProcess(["worker", "cleaner"], environment: [
                "KAFKA_BROKERS": address, "NEWSFLOW_METRICS_PORT": "\(port)", "NEWSFLOW_METRICS_HOST": "127.0.0.1",
                "NEWSFLOW_LOG_FORMAT": "json", "NEWSFLOW_BATCH_TIMEOUT_MS": "50",
                "KAFKA_PROP_FETCH_WAIT_MAX_MS": "10", "KAFKA_PROP_SESSION_TIMEOUT_MS": "6000", "KAFKA_PROP_HEARTBEAT_INTERVAL_MS": "500",
            ], logDirectory: directory)
            defer { worker.stop() }

            try "A short article. It has two sentences.".write(toFile: "\(directory)/good.txt", atomically: true, encoding: .utf8)
            try #"{"body": 5}"#.write(toFile: "\(directory)/bad.json", atomically: true, encoding: .utf8)
            let producer = try NewsflowProcess(["produce", "--quiet", "\(directory)/good.txt", "\(directory)/bad.json"],
                                               environment: ["KAFKA_BROKERS": address], logDirectory: directory)
            #expect(producer.waitForExit(timeout: 60) == 0, "newsflow produce: \(producer.log)")

            // Both records consumed, one dead-lettered and the lag recorded after the commit.
            var names: Set<String> = []
            let deadline = Date().addingTimeInterval(90)
            while Date() < deadline {
                let text = localGet(port: port, path: "/metrics")?.body ?? ""
                names = exposedMetricNames(text)
                if names.contains("newsflow_records_dead_lettered_by_code_total"), names.contains("newsflow_consumer_lag"),
                   text.contains(#"newsflow_records_consumed_total{stage="cleaner"} 2"#) { break }
                usleep(250_000)
            }
            try #require(names.contains("newsflow_records_dead_lettered_by_code_total"), "no dead letter counted; worker log: \(worker.log)")

            var named: [(source: String, metric: String)] = []
            for (alert, expr) in try Self.ruleExpressions() {
                named += PromQLMetricNames.names(in: expr).map { ("\(Self.rulesPath) \(alert)", $0) }
            }
            for (panel, expr) in try Self.dashboardExpressions() {
                named += PromQLMetricNames.names(in: expr).map { ("\(Self.dashboardPath) \(panel)", $0) }
            }
            let templating = (try Self.dashboard()["templating"] as? [String: Any])?["list"] as? [[String: Any]] ?? []
            for variable in templating {
                if let definition = variable["definition"] as? String, let metric = PromQLMetricNames.labelValuesMetric(definition) {
                    named.append(("\(Self.dashboardPath) variable \(variable["name"] ?? "")", metric))
                }
            }
            #expect(named.count > 20)
            for (source, metric) in named where !Self.prometheusSeries.contains(metric) {
                #expect(names.contains(metric), "\(source) names \(metric), which the worker does not serve")
            }
        }
    }
}
