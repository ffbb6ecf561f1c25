import Kafka
import Testing

@Suite("Admin: create and list topics")
struct AdminTests {
    @Test("creating existing topics again succeeds, and listing shows them sorted with partition counts")
    func createIsIdempotent() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["admin.raw": 3, "admin.dlq": 1])
            let admin = try KafkaAdmin(properties: kafka.properties())
            defer { admin.close() }
            let specs = [TopicSpec(name: "admin.raw", partitions: 3), TopicSpec(name: "admin.dlq", partitions: 1)]
            try admin.createTopics(specs, timeout: .seconds(30))
            try admin.createTopics(specs, timeout: .seconds(30))
            let topics = try admin.listTopics(timeout: .seconds(30))
            #expect(topics.contains(TopicInfo(name: "admin.raw", partitions: 3)))
            #expect(topics.contains(TopicInfo(name: "admin.dlq", partitions: 1)))
            #expect(topics.map(\.name) == topics.map(\.name).sorted())
            #expect(!topics.contains { $0.name.hasPrefix("__") })
        }
    }

    @Test("on the mock (no controller) a new topic is auto-created, and a partition mismatch is reported")
    func mockAutoCreates() async throws {
        try await offPool {
            let kafka = try MockTestCluster()
            let admin = try KafkaAdmin(properties: kafka.properties())
            defer { admin.close() }
            // Learn the mock's default partition count from a first auto-created topic.
            let probe = "admin.probe"
            let mismatch = #expect(throws: KafkaError.self) {
                try admin.createTopics([TopicSpec(name: probe, partitions: 1_000)], timeout: .seconds(30))
            }
            #expect(mismatch?.name == "_UNSUPPORTED_FEATURE")
            #expect(mismatch?.message.contains("MockCluster.createTopic") == true)
            let defaultCount = try #require(try admin.listTopics(timeout: .seconds(30)).first { $0.name == probe }?.partitions)
            #expect(defaultCount > 0)
            try admin.createTopics([TopicSpec(name: "admin.auto", partitions: defaultCount)], timeout: .seconds(30))
            #expect(try admin.listTopics(timeout: .seconds(30)).contains(TopicInfo(name: "admin.auto", partitions: defaultCount)))
        }
    }

    @Test("an invalid topic spec is refused with a typed error")
    func invalidSpec() async throws {
        try await offPool {
            let kafka = try MockTestCluster()
            let admin = try KafkaAdmin(properties: kafka.properties())
            defer { admin.close() }
            let error = #expect(throws: KafkaError.self) {
                try admin.createTopics([TopicSpec(name: "admin.bad", partitions: -5)], timeout: .seconds(5))
            }
            #expect(error?.name == "_INVALID_ARG")
        }
    }
}
