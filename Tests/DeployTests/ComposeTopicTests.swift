import Articles
import StageRuntime
import Testing

/// Topic names in the compose file agree with the workers' defaults, the `topics`
/// service creates exactly the topics the workers use, and renaming a topic in `.env`
/// keeps the pipeline chained.
@Suite("Compose topics")
struct ComposeTopicTests {
    static let allTopics = [Topics.raw, Topics.clean, Topics.entities, Topics.enriched, Topics.deadLetter]

    @Test("each worker reads and writes its stage's default topics", arguments: StageKind.allCases)
    func defaultTopics(stage: StageKind) throws {
        let service = try ComposeFile.load().service(stage.rawValue)
        #expect(try service.resolved(WorkerEnvironment.inputTopic) ?? stage.defaultInputTopic == stage.defaultInputTopic)
        #expect(try service.resolved(WorkerEnvironment.outputTopic) ?? stage.defaultOutputTopic == stage.defaultOutputTopic)
        #expect(try service.resolved(WorkerEnvironment.deadLetterTopic) ?? Topics.deadLetter == Topics.deadLetter)
    }

    @Test("the topics service creates every pipeline topic")
    func topicsServiceCreatesAll() throws {
        let topics = try ComposeFile.load().service("topics")
        let created = try Set(["RAW", "CLEAN", "ENTITIES", "ENRICHED", "DLQ"].compactMap {
            try topics.resolved("NEWSFLOW_TOPIC_\($0)")
        })
        #expect(created == Set(Self.allTopics))
    }

    @Test("the topic script's own defaults are the pipeline topics")
    func scriptDefaults() throws {
        let script = try RepositoryFiles.text("deploy/create-topics.sh")
        for (variable, topic) in zip(["RAW", "CLEAN", "ENTITIES", "ENRICHED", "DLQ"], Self.allTopics) {
            #expect(script.contains("${NEWSFLOW_TOPIC_\(variable):-\(topic)}"), "create-topics.sh default for \(variable)")
        }
    }

    @Test("renamed topics keep every stage chained and are the ones created", arguments: [
        "NEWSFLOW_TOPIC_RAW", "NEWSFLOW_TOPIC_CLEAN", "NEWSFLOW_TOPIC_ENTITIES", "NEWSFLOW_TOPIC_ENRICHED", "NEWSFLOW_TOPIC_DLQ",
    ])
    func renamedTopicStaysChained(variable: String) throws {
        let compose = try ComposeFile.load()
        let renamed = ComposeInterpolation(variables: [variable: "custom.topic"])
        let cleaner = try compose.service(StageKind.cleaner.rawValue)
        let entities = try compose.service(StageKind.entities.rawValue)
        let quotes = try compose.service(StageKind.quotes.rawValue)
        let topics = try compose.service("topics")
        // Each link of the chain: one stage's output is the next stage's input.
        #expect(try cleaner.resolved(WorkerEnvironment.outputTopic, renamed) == entities.resolved(WorkerEnvironment.inputTopic, renamed))
        #expect(try entities.resolved(WorkerEnvironment.outputTopic, renamed) == quotes.resolved(WorkerEnvironment.inputTopic, renamed))
        // The renamed topic is used by some worker and created by the topics service.
        let workerTopics = try [cleaner, entities, quotes].flatMap { worker throws(DeployFileError) in
            [
                try worker.resolved(WorkerEnvironment.inputTopic, renamed),
                try worker.resolved(WorkerEnvironment.outputTopic, renamed),
                try worker.resolved(WorkerEnvironment.deadLetterTopic, renamed),
            ].compactMap { $0 }
        }
        #expect(workerTopics.contains("custom.topic"))
        #expect(try topics.resolved(variable, renamed) == "custom.topic")
    }

    @Test("the producer writes to the raw topic and tail reads the enriched one by default")
    func toolDefaults() throws {
        let compose = try ComposeFile.load()
        let interpolation = ComposeInterpolation()
        let producer = try compose.service("producer")
        let topicFlag = producer.entrypoint.firstIndex(of: "--topic")
        #expect(producer.entrypoint.prefix(2) == ["newsflow", "produce"])
        #expect(try topicFlag.map { try interpolation.resolve(producer.entrypoint[$0 + 1]) } == Topics.raw)
        let tail = try compose.service("tail")
        #expect(tail.entrypoint == ["newsflow", "tail"])
        #expect(try tail.command.map { try interpolation.resolve($0) } == [Topics.enriched])
    }

    @Test("the dead-letter topic keeps records longer than the pipeline topics")
    func deadLetterRetention() throws {
        let topics = try ComposeFile.load().service("topics")
        let pipeline = try #require(try topics.resolved("NEWSFLOW_RETENTION_MS").flatMap { Int64($0) })
        let deadLetter = try #require(try topics.resolved("NEWSFLOW_DLQ_RETENTION_MS").flatMap { Int64($0) })
        #expect(deadLetter > pipeline)
        #expect(pipeline >= 24 * 60 * 60 * 1000, "less than a day leaves no time to replay")
    }

    @Test("partitions allow scaling each stage to several replicas")
    func partitionsAllowScaling() throws {
        let topics = try ComposeFile.load().service("topics")
        let partitions = try #require(try topics.resolved("NEWSFLOW_PARTITIONS").flatMap { Int($0) })
        #expect(partitions >= 3, "`--scale entities=3` needs at least 3 partitions to keep every replica busy")
    }
}

/// One topic size limit (`ArticleLimits.topicMaxMessageBytes`) for every way the topics
/// are made: `newsflow topics create`, compose's topic job and Strimzi.
@Suite("Topic max.message.bytes")
struct TopicMessageLimitTests {
    @Test("compose, the topic script and Strimzi default to ArticleLimits.topicMaxMessageBytes")
    func oneDeclaration() throws {
        let limit = ArticleLimits.topicMaxMessageBytes
        #expect(try RepositoryFiles.text("deploy/create-topics.sh").contains("${NEWSFLOW_MESSAGE_MAX_BYTES:-\(limit)}"))
        #expect(try RepositoryFiles.text("docker-compose.yml").contains("${NEWSFLOW_MESSAGE_MAX_BYTES:-\(limit)}"))
        let strimzi = try RepositoryFiles.text("deploy/kubernetes/strimzi/topics.yaml")
        let values = strimzi.split(separator: "\n").filter { $0.contains("max.message.bytes:") }
        #expect(!values.isEmpty)
        #expect(values.allSatisfy { $0.hasSuffix(" \(limit)") }, "\(values)")
    }

    @Test("the default record budgets fit the topics with room for headers")
    func budgetsFitTopics() {
        #expect(ArticleLimits.defaultMaxRecordBytes + 65_536 <= ArticleLimits.topicMaxMessageBytes)
        #expect(ArticleLimits.defaultMaxArticleBytes + 65_536 <= ArticleLimits.topicMaxMessageBytes)
    }
}
