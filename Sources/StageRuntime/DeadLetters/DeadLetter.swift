import Articles
import Foundation
import Kafka

/// A record of the dead-letter topic, read back: where it sits, what the stage said
/// (`newsflow-error`: a code, then what was wrong), where it came from, and the original
/// key, value and headers. A record without the pipeline's headers (written to the topic
/// by something else) is still a dead letter, with code `unknown`.
public struct DeadLetter: Sendable {
    /// Where the dead letter itself sits (the DLQ topic, partition, offset).
    public var topic: String
    public var partition: Int32
    public var offset: KafkaOffset
    /// When it was dead-lettered (the DLQ record's timestamp), ms since the epoch.
    public var timestampMs: Int64?
    public var key: [UInt8]?
    /// The original payload, as the stage received it.
    public var value: [UInt8]
    /// Every header, the pipeline's `newsflow-*` ones included.
    public var headers: [KafkaHeader]

    public init(record: KafkaRecord) {
        topic = record.topic
        partition = record.partition
        offset = record.offset
        timestampMs = record.timestampMs
        key = record.key
        value = record.value
        headers = record.headers
    }

    private func header(_ name: String) -> String? {
        headers.last(where: { $0.key == name })?.value.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The whole `newsflow-error` header (`too-large: the article is …`).
    public var error: String { header(NewsflowHeaders.error) ?? "unknown: the record carries no newsflow-error header" }
    /// The stable code before the first colon (`too-large`), or `unknown`.
    public var code: String {
        let text = error
        guard let colon = text.firstIndex(of: ":") else { return text.isEmpty ? "unknown" : text }
        let code = text[..<colon].trimmingCharacters(in: .whitespaces)
        return code.isEmpty ? "unknown" : code
    }
    /// What was wrong, after the code.
    public var reason: String {
        let text = error
        guard let colon = text.firstIndex(of: ":") else { return text }
        return text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    /// The stage that gave up on it (`cleaner`, `entities`, `quotes`), or `unknown`.
    public var stage: String { header(NewsflowHeaders.stage) ?? "unknown" }
    public var sourceTopic: String? { header(NewsflowHeaders.sourceTopic) }
    public var sourcePartition: Int32? { header(NewsflowHeaders.sourcePartition).flatMap { Int32($0) } }
    public var sourceOffset: Int64? { header(NewsflowHeaders.sourceOffset).flatMap { Int64($0) } }
    /// The input's size when the letter holds no payload (the input was over the producer's
    /// `message.max.bytes`): such a letter is read at its source position, not replayed.
    public var omittedPayloadBytes: Int? { header(NewsflowHeaders.payloadOmitted).flatMap { Int($0) } }
    /// Set when this dead letter is itself a replay that failed again.
    public var replayedFrom: String? { header(NewsflowHeaders.replayedFrom) }
    public var contentType: String? { header(NewsflowHeaders.contentType) }
    /// The record key as text (the article id upstream), when there is one.
    public var keyText: String? { key.map { String(decoding: $0, as: UTF8.self) } }

    /// `articles.dlq/0@42`: the value of the `newsflow-replayed-from` header of its replay.
    public var position: String { "\(topic)/\(partition)@\(offset.rawValue)" }

    /// The headers the original record had: everything but the pipeline's `newsflow-*`.
    public var originalHeaders: [KafkaHeader] { headers.filter { !$0.key.hasPrefix("newsflow-") } }

    /// The record a replay sends: the original key, value and headers, to the source topic,
    /// marked with where it was replayed from. Nil when the dead letter does not name its
    /// source topic.
    public var replayRecord: ProducerRecord? {
        guard let sourceTopic, !sourceTopic.isEmpty else { return nil }
        return ProducerRecord(
            topic: sourceTopic, key: key, value: value,
            headers: originalHeaders + [KafkaHeader(key: NewsflowHeaders.replayedFrom, string: position)])
    }

    public var date: Date? { timestampMs.map { Date(timeIntervalSince1970: Double($0) / 1000) } }
}

/// Which dead letters a list or replay takes: all of them, or those of one stage, one
/// code, newer than a time, or at given positions (the view's single-record replay).
public struct DeadLetterFilter: Sendable, Equatable {
    public var stage: String?
    public var code: String?
    public var since: Date?
    /// Exact positions (partition, offset) in the DLQ; nil for any.
    public var positions: Set<DeadLetterPosition>?

    public init(stage: String? = nil, code: String? = nil, since: Date? = nil, positions: Set<DeadLetterPosition>? = nil) {
        self.stage = stage.flatMap { $0.isEmpty ? nil : $0 }
        self.code = code.flatMap { $0.isEmpty ? nil : $0 }
        self.since = since
        self.positions = positions
    }

    public func matches(_ letter: DeadLetter) -> Bool {
        if let stage, letter.stage != stage { return false }
        if let code, letter.code != code { return false }
        if let since, let date = letter.date, date < since { return false }
        if let positions, !positions.contains(DeadLetterPosition(partition: letter.partition, offset: letter.offset.rawValue)) { return false }
        return true
    }

    /// `--since` values: an ISO 8601 time (`2024-01-31T12:00:00Z`, or a date) or an age
    /// back from `now` (`30m`, `2h`, `7d`, `90s`).
    public static func parseSince(_ text: String, now: Date = Date()) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount >= 0 {
            let seconds: Double? = switch unit {
            case "s": 1
            case "m": 60
            case "h": 3600
            case "d": 86_400
            default: nil
            }
            if let seconds { return now.addingTimeInterval(-amount * seconds) }
        }
        let full = ISO8601DateFormatter()
        if let date = full.date(from: trimmed) { return date }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        return dateOnly.date(from: trimmed)
    }
}

/// A dead letter's place in the DLQ topic.
public struct DeadLetterPosition: Sendable, Hashable, Comparable {
    public var partition: Int32
    public var offset: Int64

    public init(partition: Int32, offset: Int64) {
        self.partition = partition
        self.offset = offset
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.partition, lhs.offset) < (rhs.partition, rhs.offset) }
}
