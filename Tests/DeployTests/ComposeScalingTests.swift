import StageRuntime
import Testing

/// Workers can be scaled (`docker compose up --scale entities=3`), restart on their
/// own, and start only once Kafka is healthy and the topics exist.
@Suite("Compose scaling and start order")
struct ComposeScalingTests {
    @Test("workers have no fixed container name or host port", arguments: StageKind.allCases)
    func scalable(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        #expect(service.containerName == nil)
        #expect(service.ports.isEmpty, "\(stage.rawValue) publishes \(service.ports); replicas would clash")
    }

    @Test("workers restart unless stopped", arguments: StageKind.allCases)
    func restartPolicy(stage: StageKind) throws {
        #expect(try ComposeFile.load().service(stage.rawValue).restart == "unless-stopped")
    }

    @Test("workers wait for a healthy Kafka and created topics", arguments: StageKind.allCases)
    func startOrder(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        #expect(service.dependsOn["kafka"] == "service_healthy")
        #expect(service.dependsOn["topics"] == "service_completed_successfully")
    }

    @Test("the topics service runs once and waits for a healthy Kafka")
    func topicsOneShot() throws {
        let topics = try ComposeFile.load().service("topics")
        #expect(topics.dependsOn["kafka"] == "service_healthy")
        #expect(topics.restart == "no")
        #expect(topics.entrypoint.contains("/opt/newsflow/create-topics.sh"))
    }

    @Test("tools and extras are behind profiles, so `up` starts only the pipeline")
    func profiles() throws {
        let compose = try ComposeFile.load()
        #expect(try compose.service("producer").profiles == ["tools"])
        #expect(try compose.service("tail").profiles == ["tools"])
        #expect(try compose.service("prometheus").profiles == ["monitoring"])
        #expect(try compose.service("kafka-ui").profiles == ["ui"])
        for stage in StageKind.allCases {
            #expect(try compose.service(stage.rawValue).profiles.isEmpty)
        }
    }
}
