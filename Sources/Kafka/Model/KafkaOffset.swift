/// librdkafka's logical offsets, so callers can recognise them in `committed()` results and
/// pass them to `seek`.
public enum KafkaOffset {
    /// The oldest offset still on the broker.
    public static let beginning: Int64 = -2
    /// The offset after the newest record.
    public static let end: Int64 = -1
    /// The consumer's stored offset.
    public static let stored: Int64 = -1000
    /// No offset: `committed()` returns this for a partition that has never been committed.
    public static let invalid: Int64 = -1001
}
