@testable import Kafka
import Testing

@Suite("Duration to librdkafka milliseconds")
struct DurationMillisecondsTests {
    @Test("whole milliseconds, rounded toward zero")
    func wholeMilliseconds() {
        #expect(Duration.milliseconds(1_500).clampedMilliseconds == 1_500)
        #expect(Duration.seconds(30).clampedMilliseconds == 30_000)
        #expect(Duration.microseconds(1_999).clampedMilliseconds == 1)
        #expect(Duration.microseconds(999).clampedMilliseconds == 0)
    }

    @Test("a timeout that has run out is 0 (return at once), never librdkafka's -1 (wait forever)")
    func zeroAndNegative() {
        #expect(Duration.zero.clampedMilliseconds == 0)
        #expect(Duration.milliseconds(-5).clampedMilliseconds == 0)
        #expect(Duration.seconds(-1_000_000).clampedMilliseconds == 0)
    }

    @Test("durations beyond Int32 milliseconds are clamped, not overflowed")
    func clampsLarge() {
        #expect(Duration.milliseconds(Int64(Int32.max)).clampedMilliseconds == .max)
        #expect(Duration.seconds(Int64(Int32.max) / 1_000 + 1).clampedMilliseconds == .max)
        #expect(Duration.seconds(Int64.max).clampedMilliseconds == .max)
    }
}
