import Foundation
import Kafka
import StageRuntime
import Synchronization

/// The newest dead letters, at most `capacity` (`NEWSFLOW_VIEW_DEAD_LETTERS`), each payload
/// cut to `payloadLimit` bytes for showing, plus counts by stage and code over every dead
/// letter read (the view reads the DLQ from its beginning).
public final class DeadLetterWindow: Sendable {
    public static let payloadLimit = 64 * 1024

    public struct Key: Hashable, Sendable, Comparable {
        public var stage: String
        public var code: String
        public static func < (lhs: Key, rhs: Key) -> Bool { (lhs.stage, lhs.code) < (rhs.stage, rhs.code) }
    }

    /// A dead letter as shown: the original size is kept, the payload cut.
    public struct Item: Sendable {
        public let letter: DeadLetter
        public let payloadSize: Int
    }

    struct State {
        var items: [Item] = []
        var counts: [Key: Int] = [:]
        var total = 0
        var recent: [Date] = []
    }

    public let capacity: Int
    private let state = Mutex(State())

    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    public func add(_ record: KafkaRecord) {
        var letter = DeadLetter(record: record)
        let size = letter.value.count
        if size > Self.payloadLimit { letter.value = Array(letter.value.prefix(Self.payloadLimit)) }
        let item = Item(letter: letter, payloadSize: size)
        state.withLock { state in
            state.total += 1
            state.counts[Key(stage: letter.stage, code: letter.code), default: 0] += 1
            state.items.append(item)
            if state.items.count > capacity + capacity / 4 { state.items.removeFirst(state.items.count - capacity) }
            let now = Date()
            state.recent.append(now)
            state.recent.removeAll { now.timeIntervalSince($0) > 60 }
        }
    }

    /// Newest first.
    public func newest(_ filter: DeadLetterFilter = DeadLetterFilter()) -> [Item] {
        state.withLock { state in state.items.suffix(capacity).reversed().filter { filter.matches($0.letter) } }
    }

    public var counts: [Key: Int] { state.withLock { $0.counts } }
    public var total: Int { state.withLock { $0.total } }
    /// Dead letters read in the last minute.
    public var lastMinute: Int {
        state.withLock { state in state.recent.filter { Date().timeIntervalSince($0) <= 60 }.count }
    }
}
