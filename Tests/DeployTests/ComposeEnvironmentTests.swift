import StageRuntime
import Testing

/// The compose file configures workers and the CLI only through keys they read
/// (`WorkerEnvironment`), so a misspelt or stale variable fails here instead of being
/// silently ignored in production.
@Suite("Compose environment")
struct ComposeEnvironmentTests {
    /// Services that run the newsflow image: the three workers and the CLI tools.
    static let newsflowServices = StageKind.allCases.map(\.rawValue) + ["producer", "tail"]

    @Test("every variable set on a newsflow service is one the workers read", arguments: newsflowServices)
    func everyVariableIsRead(service name: String) throws {
        let service = try ComposeFile.load().service(name)
        #expect(!service.environment.isEmpty, "\(name) sets no environment; it cannot reach Kafka")
        for key in service.environment.keys.sorted() {
            #expect(WorkerEnvironment.isRead(key), "\(name) sets \(key), which no worker reads")
        }
    }

    @Test("each worker runs its own executable", arguments: StageKind.allCases)
    func workerRunsItsExecutable(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        #expect(service.command == [stage.executableName])
        #expect(service.hasBuild && service.image != nil, "workers build and tag the one newsflow image")
    }

    @Test("all newsflow services share one image", arguments: newsflowServices)
    func oneImage(service name: String) throws {
        let compose = try ComposeFile.load()
        let cleanerImage = try compose.service(StageKind.cleaner.rawValue).image
        #expect(try compose.service(name).image == cleanerImage)
    }

    @Test("workers log JSON and bind metrics on every interface", arguments: StageKind.allCases)
    func containerDefaults(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        #expect(try service.resolved(WorkerEnvironment.logFormat) == "json")
        #expect(try service.resolved(WorkerEnvironment.metricsHost) == "0.0.0.0")
        #expect(try service.resolved(WorkerEnvironment.brokers) == "kafka:19092")
        #expect(try service.resolved(WorkerEnvironment.delivery) == "exactly-once")
    }

    @Test("the broker address follows NEWSFLOW_BROKERS on every newsflow service", arguments: newsflowServices)
    func brokersFollowOneVariable(service name: String) throws {
        let service = try ComposeFile.load().service(name)
        let managed = ComposeInterpolation(variables: ["NEWSFLOW_BROKERS": "broker-1.example.net:9096"])
        #expect(try service.resolved(WorkerEnvironment.brokers, managed) == "broker-1.example.net:9096")
    }
}
