/// BILOU tag ids: 0 = O, then Begin/Inside/Last/Unit for each `EntityLabel`.
/// BILOU (rather than BIO) lets the model learn single-token names separately
/// from name boundaries, which helps a linear tagger.
package enum BILOU {
    package static let count = 1 + 4 * EntityLabel.allCases.count

    package enum Position: Int { case begin = 0, inside, last, unit }

    package static func tag(_ position: Position, _ label: EntityLabel) -> Int {
        1 + label.rawValue * 4 + position.rawValue
    }

    package static func label(of tag: Int) -> EntityLabel? {
        tag == 0 ? nil : EntityLabel(rawValue: (tag - 1) / 4)
    }

    static func position(of tag: Int) -> Position? {
        tag == 0 ? nil : Position(rawValue: (tag - 1) % 4)
    }

    /// Tags for `length` tokens holding the given spans.
    package static func encode(_ spans: [LabeledSpan], length: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: length)
        for span in spans where span.start >= 0 && span.end <= length && span.start < span.end {
            if span.end - span.start == 1 {
                tags[span.start] = tag(.unit, span.label)
                continue
            }
            tags[span.start] = tag(.begin, span.label)
            for i in (span.start + 1)..<(span.end - 1) { tags[i] = tag(.inside, span.label) }
            tags[span.end - 1] = tag(.last, span.label)
        }
        return tags
    }

    /// Gives `span` of `tags` the type `label`, keeping its boundaries (the post-tagging passes'
    /// one way of changing a type).
    static func relabel(_ span: LabeledSpan, as label: EntityLabel, in tags: inout [Int]) {
        var span = span
        span.label = label
        let encoded = encode([span], length: tags.count)
        for k in span.start..<span.end { tags[k] = encoded[k] }
    }

    /// Spans from a tag sequence (tolerant: a broken sequence still yields spans).
    package static func decode(_ tags: [Int]) -> [LabeledSpan] {
        var spans: [LabeledSpan] = []
        var open: (start: Int, label: EntityLabel)?
        for (i, t) in tags.enumerated() {
            guard let label = label(of: t), let pos = position(of: t) else {
                if let o = open { spans.append(LabeledSpan(start: o.start, end: i, label: o.label)) }
                open = nil
                continue
            }
            switch pos {
            case .begin, .unit:
                if let o = open { spans.append(LabeledSpan(start: o.start, end: i, label: o.label)) }
                open = (i, label)
            case .inside, .last:
                if let o = open, o.label != label {
                    spans.append(LabeledSpan(start: o.start, end: i, label: o.label))
                    open = nil
                }
                if open == nil { open = (i, label) }
            }
            if pos == .unit || pos == .last, let o = open {
                spans.append(LabeledSpan(start: o.start, end: i + 1, label: o.label))
                open = nil
            }
        }
        if let o = open { spans.append(LabeledSpan(start: o.start, end: tags.count, label: o.label)) }
        return spans
    }

    /// Whether `next` may follow `previous` (nil = sentence start).
    static func allowed(from previous: Int?, to next: Int) -> Bool {
        let prevOpen: EntityLabel? = previous.flatMap { p in
            let pos = position(of: p)
            return pos == .begin || pos == .inside ? label(of: p) : nil
        }
        let nextPos = position(of: next)
        let continues = nextPos == .inside || nextPos == .last
        if let open = prevOpen { return continues && label(of: next) == open }
        return !continues
    }

    /// Whether a sentence may end on `tag`.
    static func canEnd(_ tag: Int) -> Bool {
        let pos = position(of: tag)
        return pos != .begin && pos != .inside
    }
}
