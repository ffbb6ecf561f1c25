import Testing

/// The single-node KRaft broker: reachable from containers and from the host, and
/// configured so that consumer groups and transactions (exactly-once) work on one node.
@Suite("Compose Kafka broker")
struct ComposeKafkaTests {
    @Test("it runs apache/kafka 3.9.1 in KRaft mode as broker and controller")
    func kraft() throws {
        let kafka = try ComposeFile.load().service("kafka")
        #expect(kafka.image == "apache/kafka:3.9.1")
        #expect(try kafka.resolved("KAFKA_PROCESS_ROLES") == "broker,controller")
        #expect(try kafka.resolved("CLUSTER_ID")?.isEmpty == false)
    }

    @Test("containers use kafka:19092 and the host uses localhost:9092")
    func listeners() throws {
        let kafka = try ComposeFile.load().service("kafka")
        let advertised = try #require(try kafka.resolved("KAFKA_ADVERTISED_LISTENERS"))
        #expect(advertised.contains("://kafka:19092"))
        #expect(advertised.contains("://localhost:9092"))
        #expect(try kafka.ports.map { try ComposeInterpolation().resolve($0) }.contains("127.0.0.1:9092:9092"))
    }

    @Test("the host listener follows KAFKA_HOST_PORT in both the port and the advertised address")
    func hostPortOverride() throws {
        let kafka = try ComposeFile.load().service("kafka")
        let moved = ComposeInterpolation(variables: ["KAFKA_HOST_PORT": "29092"])
        #expect(try kafka.resolved("KAFKA_ADVERTISED_LISTENERS", moved)?.contains("://localhost:29092") == true)
        #expect(try kafka.ports.map { try moved.resolve($0) }.contains("127.0.0.1:29092:9092"))
    }

    @Test("internal topics ask for one replica, so transactions work on one node", arguments: [
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
    ])
    func singleNodeReplication(key: String) throws {
        #expect(try ComposeFile.load().service("kafka").resolved(key) == "1")
    }

    @Test("data lives on a named volume and survives restarts")
    func dataVolume() throws {
        let compose = try ComposeFile.load()
        let kafka = try compose.service("kafka")
        let logDirs = try #require(try kafka.resolved("KAFKA_LOG_DIRS"))
        let volume = try #require(kafka.volumes.first { $0.hasSuffix(":" + logDirs) })
        let volumeName = String(volume.prefix { $0 != ":" })
        #expect(compose.namedVolumes.contains(volumeName))
    }

    @Test("topics are never auto-created, so a misspelt name fails loudly")
    func noAutoCreate() throws {
        #expect(try ComposeFile.load().service("kafka").resolved("KAFKA_AUTO_CREATE_TOPICS_ENABLE") == "false")
    }
}
