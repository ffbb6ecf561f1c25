/// Which dead letters of one DLQ partition were replayed, as the replay consumer group keeps
/// it: the committed offset is a mark below which every dead letter was replayed (or is gone
/// from the topic), and the offset's note (Kafka offset metadata) lists the replayed ones
/// above the mark as ranges, `12-15,20`. Replays that take dead letters in order keep the
/// note empty; replays by code or stage leave holes, which the note remembers.
public struct ReplayLedger: Sendable, Equatable {
    /// Every offset below it counts as replayed.
    public private(set) var mark: Int64
    /// Replayed offsets at or above `mark`, as sorted, disjoint, non-adjacent closed ranges.
    public private(set) var ranges: [ClosedRange<Int64>]

    /// Kafka brokers keep notes up to `offset.metadata.max.bytes` (4096 by default).
    public static let maximumNoteBytes = 4000

    public init(mark: Int64 = 0, ranges: [ClosedRange<Int64>] = []) {
        self.mark = max(mark, 0)
        self.ranges = []
        for range in ranges { insert(range) }
    }

    /// Reads a committed offset and its note; a missing offset (`KafkaOffset.invalid`, negative)
    /// is a mark of 0. A note that does not parse is ignored (only the mark counts).
    public init(committedOffset: Int64, note: String) {
        var ranges: [ClosedRange<Int64>] = []
        for part in note.split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { Int64($0) }
            if bounds.count == 1 { ranges.append(bounds[0]...bounds[0]) }
            if bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]...bounds[1]) }
        }
        self.init(mark: committedOffset, ranges: ranges)
    }

    public func contains(_ offset: Int64) -> Bool {
        offset < mark || ranges.contains { $0.contains(offset) }
    }

    /// Marks one offset replayed.
    public mutating func insert(_ offset: Int64) { insert(offset...offset) }

    /// Marks offsets replayed, merging ranges and moving the mark over a range that reaches it.
    public mutating func insert(_ range: ClosedRange<Int64>) {
        guard range.upperBound >= mark else { return }
        var merged = max(range.lowerBound, mark)...range.upperBound
        var kept: [ClosedRange<Int64>] = []
        for existing in ranges {
            if existing.upperBound + 1 < merged.lowerBound || merged.upperBound + 1 < existing.lowerBound {
                kept.append(existing)
            } else {
                merged = min(existing.lowerBound, merged.lowerBound)...max(existing.upperBound, merged.upperBound)
            }
        }
        kept.append(merged)
        kept.sort { $0.lowerBound < $1.lowerBound }
        ranges = kept
        absorb()
    }

    /// Forgets one offset (a replay whose send failed), splitting a range or pulling the mark back.
    public mutating func remove(_ offset: Int64) {
        guard contains(offset) else { return }
        if offset < mark {
            if offset + 1 <= mark - 1 { ranges.insert((offset + 1)...(mark - 1), at: 0) }
            mark = offset
            return
        }
        var kept: [ClosedRange<Int64>] = []
        for range in ranges {
            guard range.contains(offset) else { kept.append(range); continue }
            if range.lowerBound < offset { kept.append(range.lowerBound...(offset - 1)) }
            if offset < range.upperBound { kept.append((offset + 1)...range.upperBound) }
        }
        ranges = kept
    }

    /// Dead letters below the partition's low watermark are gone (retention): the mark may
    /// move over them.
    public mutating func forget(below low: Int64) {
        guard low > mark else { return }
        mark = low
        ranges = ranges.compactMap { $0.upperBound < low ? nil : max($0.lowerBound, low)...$0.upperBound }
        absorb()
    }

    private mutating func absorb() {
        while let first = ranges.first, first.lowerBound <= mark {
            mark = max(mark, first.upperBound + 1)
            ranges.removeFirst()
        }
    }

    /// The note to commit with `mark`.
    public var note: String {
        ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            .joined(separator: ",")
    }
}
