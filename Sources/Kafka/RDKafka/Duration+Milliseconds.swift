/// librdkafka takes every timeout as whole milliseconds in an `Int32`; the Kafka module's API
/// takes `Duration`, and converts here, right where it calls C.
extension Duration {
    /// Whole milliseconds, rounded toward zero, clamped to `0...Int32.max`.
    ///
    /// Negative durations become 0 (return at once) rather than librdkafka's -1, which means
    /// "wait forever": no caller means that by a timeout that has already run out. Durations
    /// beyond `Int32.max` ms (about 24 days) become `Int32.max` instead of overflowing.
    var clampedMilliseconds: Int32 {
        guard self > .zero else { return 0 }
        let (seconds, attoseconds) = components
        guard seconds <= Int64(Int32.max) / 1_000 else { return .max }
        return Int32(clamping: seconds * 1_000 + attoseconds / 1_000_000_000_000_000)
    }
}
