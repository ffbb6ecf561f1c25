import Articles
import Foundation
import Kafka

/// Header names the pipeline writes. DLQ records keep the input's own headers and add these.
public enum NewsflowHeaders {
    public static let contentType = "content-type"
    public static let traceparent = "traceparent"
    public static let error = "newsflow-error"
    public static let stage = "newsflow-stage"
    public static let sourceTopic = "newsflow-source-topic"
    public static let sourcePartition = "newsflow-source-partition"
    public static let sourceOffset = "newsflow-source-offset"
    /// Wall-clock processing time: kept out of the value so replays are byte-identical.
    public static let processedAt = "newsflow-processed-at"
    /// On a replayed dead letter: where it sat in the DLQ (`articles.dlq/0@42`).
    public static let replayedFrom = "newsflow-replayed-from"
    /// When the article entered the pipeline, in milliseconds since the epoch: the raw
    /// record's Kafka timestamp, set by the first stage and carried by the others, so each
    /// stage can report latency from the produce of the article to its own output.
    public static let ingestedAt = "newsflow-ingested-at"
    /// On a dead letter without its payload, because the input itself was over the
    /// producer's `message.max.bytes`: the input's size in bytes. It can't be replayed;
    /// its source position says where the input is.
    public static let payloadOmitted = "newsflow-payload-omitted"
}

/// Turns one consumed record into the record(s) to produce: the transformed output,
/// or a dead letter carrying the untouched input and the reason.
struct OutputBuilder: Sendable {
    let stage: StageKind
    let outputTopic: String
    let deadLetterTopic: String
    let transform: any ArticleTransform

    enum Outcome {
        case output(ProducerRecord)
        case deadLetter(ProducerRecord, reason: TransformFailure)
    }

    func build(for input: KafkaRecord, now: Date = Date()) -> Outcome {
        let contentType = input.header(NewsflowHeaders.contentType).map { String(decoding: $0, as: UTF8.self) }
        do {
            let result = try transform.apply(value: input.value, key: input.key, contentType: contentType)
            var headers = [
                KafkaHeader(key: NewsflowHeaders.contentType, value: Array("application/json".utf8)),
                KafkaHeader(key: NewsflowHeaders.stage, value: Array(stage.rawValue.utf8)),
                KafkaHeader(key: NewsflowHeaders.processedAt, value: Array(Self.timestamp(now).utf8)),
            ]
            if let trace = input.header(NewsflowHeaders.traceparent) {
                headers.append(KafkaHeader(key: NewsflowHeaders.traceparent, value: trace))
            }
            if let ingested = Self.ingestedAt(of: input) {
                headers.append(KafkaHeader(key: NewsflowHeaders.ingestedAt, value: Array(String(ingested).utf8)))
            }
            return .output(ProducerRecord(topic: outputTopic, key: Array(result.key.utf8), value: result.value, headers: headers))
        } catch {
            return .deadLetter(deadLetter(for: input, reason: error), reason: error)
        }
    }

    /// The DLQ record: original key, value and headers, plus where it came from and why.
    func deadLetter(for input: KafkaRecord, reason: TransformFailure) -> ProducerRecord {
        var headers = input.headers.filter { !$0.key.hasPrefix("newsflow-") }
        headers.append(contentsOf: [
            KafkaHeader(key: NewsflowHeaders.error, value: Array(reason.description.utf8)),
            KafkaHeader(key: NewsflowHeaders.stage, value: Array(stage.rawValue.utf8)),
            KafkaHeader(key: NewsflowHeaders.sourceTopic, value: Array(input.topic.utf8)),
            KafkaHeader(key: NewsflowHeaders.sourcePartition, value: Array(String(input.partition).utf8)),
            KafkaHeader(key: NewsflowHeaders.sourceOffset, value: Array(String(input.offset.rawValue).utf8)),
        ])
        return ProducerRecord(topic: deadLetterTopic, key: input.key, value: input.value, headers: headers)
    }

    /// When `input`'s article entered the pipeline: its `newsflow-ingested-at` header, or
    /// for a raw article (no header yet) its own Kafka timestamp.
    static func ingestedAt(of input: KafkaRecord) -> Int64? {
        if let header = input.header(NewsflowHeaders.ingestedAt) {
            return Int64(String(decoding: header, as: UTF8.self))
        }
        return input.timestampMs.flatMap { $0 > 0 ? $0 : nil }
    }

    static func timestamp(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
