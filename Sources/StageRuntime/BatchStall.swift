import Kafka

/// Where a batch is: which record the loop is working on. The loop updates it before
/// each transform, so a stuck transform can be named while it is still stuck.
struct BatchPosition: Sendable, Equatable {
    /// The record key, which is the article id in every Newsflow topic.
    var articleID: String
    var topic: String
    var partition: Int32
    var offset: Int64

    init(articleID: String, topic: String, partition: Int32, offset: Int64) {
        self.articleID = articleID
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    init(_ record: KafkaRecord) {
        self.init(
            articleID: record.key.map { String(decoding: $0, as: UTF8.self) } ?? "(no key)",
            topic: record.topic, partition: record.partition, offset: record.offset.rawValue
        )
    }
}

/// A batch that has run past the stall limit: what `/healthz` reports and what the
/// warning log line and `newsflow_batch_stalls_total` count, so an orchestrator can
/// restart the worker and an operator can find the article that caused it.
public struct BatchStall: Sendable, Equatable {
    /// Increases with every batch, so one stalled batch is warned about and counted once.
    let batchNumber: Int
    let stage: String
    let elapsed: Duration
    let limit: Duration
    let position: BatchPosition?

    /// One line for `/healthz` and the logs; it says what to do about it.
    public var reason: String {
        var text = "batch running for \(Self.seconds(elapsed)) (limit \(Self.seconds(limit)), \(WorkerSettings.batchStall.environmentName)) in stage \(stage)"
        if let position {
            text += " on article \(position.articleID) at \(position.topic)/\(position.partition) offset \(position.offset)"
        }
        return text + "; if it does not finish, restart the worker and dead-letter or fix that article"
    }

    /// Log metadata naming the article, offset and stage.
    var metadata: [String: String] {
        var fields = ["stage": stage, "elapsed_ms": "\(Int(elapsed / .milliseconds(1)))", "limit_ms": "\(Int(limit / .milliseconds(1)))"]
        if let position {
            fields["article_id"] = position.articleID
            fields["topic"] = position.topic
            fields["partition"] = "\(position.partition)"
            fields["offset"] = "\(position.offset)"
        }
        return fields
    }

    private static func seconds(_ duration: Duration) -> String {
        let milliseconds = Int(duration / .milliseconds(1))
        return "\(milliseconds / 1000).\((milliseconds % 1000) / 100) s"
    }
}
