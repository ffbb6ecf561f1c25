/// A position in a partition: either a record's offset (0 and up) or one of librdkafka's
/// logical offsets (`beginning`, `end`, `stored`, `invalid`), which are negative.
///
/// A type of its own rather than a bare `Int64`, so an offset cannot be mixed up with a
/// timestamp, a count or a partition number, and so "the offset to commit is the one after
/// the last record processed" reads as `record.offset.next` instead of `+ 1` on a number.
public struct KafkaOffset: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The value librdkafka uses for this offset.
    public var rawValue: Int64

    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Literals stand for record offsets, so tests and seeks can write `0`, `1`, `2`.
    public init(integerLiteral value: Int64) {
        self.init(rawValue: value)
    }

    /// The oldest offset still on the broker (librdkafka's `RD_KAFKA_OFFSET_BEGINNING`).
    public static let beginning = KafkaOffset(rawValue: -2)
    /// The offset after the newest record (`RD_KAFKA_OFFSET_END`).
    public static let end = KafkaOffset(rawValue: -1)
    /// The consumer's stored offset (`RD_KAFKA_OFFSET_STORED`).
    public static let stored = KafkaOffset(rawValue: -1000)
    /// No offset (`RD_KAFKA_OFFSET_INVALID`): `committed()` returns this for a partition that
    /// has never been committed.
    public static let invalid = KafkaOffset(rawValue: -1001)

    /// True for the logical offsets, which name a position instead of a record.
    public var isLogical: Bool { rawValue < 0 }

    /// The offset of the record after this one: what a consumer commits once it has
    /// processed the record at this offset (Kafka commits the NEXT offset to read).
    public var next: KafkaOffset { advanced(by: 1) }

    /// The offset `distance` records further on (or back, when negative).
    public func advanced(by distance: Int64) -> KafkaOffset {
        KafkaOffset(rawValue: rawValue + distance)
    }

    public static func < (lhs: KafkaOffset, rhs: KafkaOffset) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The number for a record offset, the name for a logical one (so logs say `invalid`,
    /// not `-1001`).
    public var description: String {
        switch self {
        case .beginning: "beginning"
        case .end: "end"
        case .stored: "stored"
        case .invalid: "invalid"
        default: String(rawValue)
        }
    }
}
