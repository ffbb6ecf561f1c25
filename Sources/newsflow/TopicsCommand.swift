import ArgumentParser
import Articles
import Kafka

/// `newsflow topics create|list`.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "Create or list the pipeline's topics.",
        subcommands: [Create.self, List.self]
    )

    /// The five pipeline topics; the DLQ keeps records four times longer.
    static func pipelineTopics(partitions: Int32, replicationFactor: Int16) -> [TopicSpec] {
        let week = "604800000"
        return [Topics.raw, Topics.clean, Topics.entities, Topics.enriched].map {
            TopicSpec(name: $0, partitions: partitions, replicationFactor: replicationFactor, config: ["retention.ms": week, "max.message.bytes": String(ArticleLimits.topicMaxMessageBytes)])
        } + [TopicSpec(name: Topics.deadLetter, partitions: partitions, replicationFactor: replicationFactor, config: ["retention.ms": "2419200000", "max.message.bytes": String(ArticleLimits.topicMaxMessageBytes)])]
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the pipeline topics (existing ones are left as they are).")
        @OptionGroup var kafka: KafkaOptions
        @Option(help: "Partitions per topic.") var partitions: Int32 = 6
        @Option(help: "Replication factor.") var replicationFactor: Int16 = 1

        func run() throws {
            let admin = try KafkaAdmin(properties: try kafka.properties())
            let specs = TopicsCommand.pipelineTopics(partitions: partitions, replicationFactor: replicationFactor)
            try admin.createTopics(specs, timeout: .seconds(30))
            for spec in specs { print("\(spec.name) (\(spec.partitions) partitions)") }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List topics with their partition counts.")
        @OptionGroup var kafka: KafkaOptions

        func run() throws {
            let admin = try KafkaAdmin(properties: try kafka.properties())
            for topic in try admin.listTopics(timeout: .seconds(30)) { print("\(topic.name)\t\(topic.partitions)") }
        }
    }
}
