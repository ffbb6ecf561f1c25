import StageRuntime
import Testing

/// `deploy/prometheus.yml` scrapes every replica of every worker on the port the
/// compose file gives it.
@Suite("Prometheus configuration")
struct PrometheusConfigTests {
    static let path = "deploy/prometheus.yml"

    @Test("each worker is scraped by service name on its metrics port", arguments: StageKind.allCases)
    func scrapesWorker(stage: StageKind) throws {
        let config = try YAMLValue.load(RepositoryFiles.text(Self.path), path: Self.path)
        let job = try #require(config["scrape_configs"].elements.first { $0["job_name"].scalar == stage.rawValue },
                               "no scrape job for \(stage.rawValue)")
        let discovery = try #require(job["dns_sd_configs"].elements.first)
        let composePort = try ComposeFile.load().service(stage.rawValue).resolved(WorkerEnvironment.metricsPort)
        #expect(discovery["names"].scalars == [stage.rawValue])
        #expect(discovery["port"].scalar == composePort)
        #expect(job["metrics_path"].scalar ?? "/metrics" == "/metrics")
    }

    @Test("the monitoring profile mounts this configuration")
    func mounted() throws {
        let prometheus = try ComposeFile.load().service("prometheus")
        #expect(prometheus.volumes.contains { $0.hasPrefix("./" + Self.path + ":") })
    }
}
