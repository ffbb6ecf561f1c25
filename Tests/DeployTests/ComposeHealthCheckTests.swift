import StageRuntime
import Testing

/// Docker probes the port the worker actually serves `/healthz` on; a mismatch would
/// mark a good worker unhealthy and restart it forever.
@Suite("Compose health checks")
struct ComposeHealthCheckTests {
    @Test("each worker's health check probes /healthz on its metrics port", arguments: StageKind.allCases)
    func healthCheckMatchesMetricsPort(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        let metricsPort = try service.resolved(WorkerEnvironment.metricsPort).flatMap(Int.init) ?? stage.defaultMetricsPort
        let probe = HealthProbe(test: service.healthcheckTest)
        #expect(probe.port == metricsPort, "\(stage.rawValue): health check \(service.healthcheckTest) vs metrics port \(metricsPort)")
        #expect(probe.path == "/healthz")
    }

    @Test("each worker keeps its stage's default metrics port", arguments: StageKind.allCases)
    func metricsPortIsStageDefault(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        let port = try service.resolved(WorkerEnvironment.metricsPort).flatMap(Int.init)
        #expect(port == stage.defaultMetricsPort)
    }

    @Test("Kafka has a health check, so workers can wait for it")
    func kafkaHealthCheck() throws {
        let kafka = try ComposeFile.load().service("kafka")
        #expect(kafka.healthcheckTest.joined(separator: " ").contains("kafka-broker-api-versions.sh"))
    }

    @Test("the probe reader understands both exec and shell forms")
    func probeForms() {
        #expect(HealthProbe(test: ["CMD", "newsflow-healthcheck", "9102", "/healthz"]) == HealthProbe(port: 9102, path: "/healthz"))
        #expect(HealthProbe(test: ["CMD-SHELL", "newsflow-healthcheck 9101 /readyz"]) == HealthProbe(port: 9101, path: "/readyz"))
        #expect(HealthProbe(test: ["CMD", "true"]) == HealthProbe(port: nil, path: nil))
    }
}

/// Port and path of a `newsflow-healthcheck PORT [PATH]` health-check command.
struct HealthProbe: Equatable {
    var port: Int?
    var path: String?

    init(port: Int?, path: String?) {
        self.port = port
        self.path = path
    }

    init(test: [String]) {
        let words: [String]
        if test.first == "CMD-SHELL" {
            words = test.dropFirst().joined(separator: " ").split(separator: " ").map(String.init)
        } else {
            words = Array(test.dropFirst(test.first == "CMD" ? 1 : 0))
        }
        guard let command = words.firstIndex(where: { $0.hasSuffix("newsflow-healthcheck") }) else {
            self.init(port: nil, path: nil)
            return
        }
        let arguments = words[(command + 1)...]
        self.init(port: arguments.first.flatMap { Int($0) }, path: arguments.dropFirst().first ?? "/healthz")
    }
}
