import Kafka
import StageRuntime
import WorkerApp
import Testing

@Suite("Worker configuration")
struct StageOptionsTests {
    @Test("defaults chain the pipeline topics per stage")
    func defaults() throws {
        let config = try StageOptions.parse([]).resolve(stage: .entities, environment: [:])
        #expect(config.inputTopic == "articles.clean")
        #expect(config.outputTopic == "articles.entities")
        #expect(config.deadLetterTopic == "articles.dlq")
        #expect(config.groupID == "newsflow-entities")
        #expect(config.delivery == .exactlyOnce)
        #expect(config.metricsPort == 9102)
    }

    @Test("flags win over the environment, which wins over defaults")
    func precedence() throws {
        let environment = ["KAFKA_BROKERS": "env:9092", "NEWSFLOW_BATCH_SIZE": "7", "NEWSFLOW_DELIVERY": "at-least-once"]
        let config = try StageOptions.parse(["--brokers", "flag:9092"]).resolve(stage: .cleaner, environment: environment)
        #expect(config.brokers == "flag:9092")
        #expect(config.batchSize == 7)
        #expect(config.delivery == .atLeastOnce)
        #expect(config.producerProperties["transactional.id"] == nil, "at-least-once is not transactional")
    }

    @Test("KAFKA_PROP_* and --kafka-property pass librdkafka properties through")
    func passThrough() throws {
        let environment = ["KAFKA_PROP_SASL_MECHANISMS": "SCRAM-SHA-512", "KAFKA_PROP_SASL_PASSWORD": "hunter2"]
        let config = try StageOptions.parse(["--kafka-property", "fetch.wait.max.ms=10"]).resolve(stage: .quotes, environment: environment)
        #expect(config.kafkaProperties["sasl.mechanisms"] == "SCRAM-SHA-512")
        #expect(config.consumerProperties["fetch.wait.max.ms"] == "10")
        #expect(config.producerProperties["fetch.wait.max.ms"] == nil, "consumer-only properties stay off the producer")
        #expect(config.producerProperties["sasl.password"] == "hunter2")
        #expect(!config.redactedSummary.contains("hunter2"), "secrets never reach the logs")
        #expect(config.redactedSummary.contains("sasl.password=***"))
    }

    @Test("an empty pass-through variable counts as unset, as compose passes bare keys")
    func emptyPassThrough() throws {
        let config = try StageOptions.parse([]).resolve(stage: .cleaner, environment: ["KAFKA_PROP_SECURITY_PROTOCOL": "", "KAFKA_BROKERS": ""])
        #expect(config.kafkaProperties["security.protocol"] == nil)
        #expect(config.brokers == "localhost:9092")
    }

    @Test("bad values are refused with the variable's name")
    func invalidValues() {
        #expect(throws: (any Error).self) { try StageOptions.parse([]).resolve(stage: .cleaner, environment: ["NEWSFLOW_DELIVERY": "maybe"]) }
        #expect(throws: (any Error).self) { try StageOptions.parse([]).resolve(stage: .cleaner, environment: ["NEWSFLOW_BATCH_SIZE": "lots"]) }
        #expect(throws: (any Error).self) { try StageOptions.parse(["--kafka-property", "novalue"]).resolve(stage: .cleaner, environment: [:]) }
    }

    @Test("exactly-once uses a transactional, idempotent producer and a read_committed consumer")
    func exactlyOnceProperties() throws {
        let config = try StageOptions.parse(["--transactional-id", "tx-1"]).resolve(stage: .cleaner, environment: [:])
        #expect(config.producerProperties["transactional.id"] == "tx-1")
        #expect(config.producerProperties["enable.idempotence"] == "true")
        #expect(config.consumerProperties["isolation.level"] == "read_committed")
        #expect(config.consumerProperties["enable.auto.commit"] == nil || config.consumerProperties["enable.auto.commit"] == "false")
    }
}

@Suite("Worker configuration meets librdkafka's own checks")
struct LibrdkafkaConfigurationTests {
    @Test("the consumer and producer properties are accepted, with the compose file's pass-through", arguments: [DeliveryMode.exactlyOnce, .atLeastOnce])
    func accepted(mode: DeliveryMode) throws {
        let environment = [
            "KAFKA_BROKERS": "127.0.0.1:1", "NEWSFLOW_DELIVERY": mode.rawValue, "NEWSFLOW_MAX_ARTICLE_BYTES": "1048576",
            "KAFKA_PROP_MESSAGE_MAX_BYTES": "4194304", "KAFKA_PROP_COMPRESSION_TYPE": "zstd",
        ]
        let config = try StageOptions.parse([]).resolve(stage: .cleaner, environment: environment)
        let consumer = try KafkaConsumer(properties: config.consumerProperties, rebalanceListener: nil)
        consumer.close()
        let producer = try KafkaProducer(properties: config.producerProperties)
        producer.close(timeout: .milliseconds(100))
    }
}
