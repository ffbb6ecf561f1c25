/// Sports events are named by a run of capitalised words ending in a word such as "Open",
/// "Cup" or "Championship": "Greater Milwaukee Open", "U.S. Amateur Championship",
/// "BellSouth Classic". The tagger often tags only part of the run, or calls its first
/// word a place ("Atlanta" of "Atlanta Games"). CoNLL-2003 and wikineural label the whole
/// run MISC, so, after tagging, it becomes one MISC span. Following CoNLL-2003, a year
/// before the name stays outside it ("the 1998 World Cup"), and so does "The".
///
/// Left as tagged: a run that overlaps a span reaching beyond it or a person's name, a
/// run whose first word starts the sentence untagged ("Winning Texas Open" would take
/// "Winning"), and ALL-CAPS lines. In Title Case lines, where every word is capitalised,
/// the head and the run must be words the tagger tagged.
enum EventNames {
    /// Last words of an event's name.
    static let heads: Set<String> = [
        "Open", "Championship", "Championships", "Classic", "Cup", "Games", "Tournament", "Trophy", "Masters",
        "Prix", "Invitational", "Olympics", "Marathon", "Rally",
    ]

    /// Makes each event name in `tags` (BILOU per sentence) one MISC span, in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        for s in tags.indices {
            let words = sentences[s]
            guard words.contains(where: isHead), !DocumentConsistency.isAllCaps(words) else { continue }
            // In a headline nearly every word is capitalised ("His First Championship", "Berlin Grand
            // Prix" for "Berlin grand prix"): there the head and the run must be words the tagger tagged.
            let headline = isHeadlineCased(words)
            for head in words.indices where isHead(words[head]) && (!headline || tags[s][head] != 0) {
                var start = head
                while start > 0, isCapitalised(words[start - 1]), words[start - 1] != "The",
                      (start - 1 > 0 && !headline) || tags[s][start - 1] != 0 {
                    start -= 1
                }
                guard start < head else { continue }
                let overlapping = BILOU.decode(tags[s]).filter { $0.start <= head && $0.end > start }
                guard overlapping.allSatisfy({ $0.start >= start && $0.end <= head + 1 && $0.label != .person }) else {
                    continue
                }
                let encoded = BILOU.encode([LabeledSpan(start: start, end: head + 1, label: .misc)], length: words.count)
                for k in start...head { tags[s][k] = encoded[k] }
            }
        }
    }

    /// One of `heads` (the first-byte test spares hashing every word of the article).
    static func isHead(_ word: String) -> Bool {
        guard let first = word.utf8.first, first >= 0x40, first < 0x80,
              headInitials & (1 << UInt64(first - 0x40)) != 0 else { return false }
        return heads.contains(word)
    }

    /// Bit `b - 0x40` is set for each first byte `b` of a head (all start with a capital).
    private static let headInitials: UInt64 = heads.reduce(0) { mask, head in
        mask | (1 << UInt64(head.utf8.first! - 0x40))
    }

    private static func isCapitalised(_ word: String) -> Bool {
        word.first?.isUppercase == true
    }

    /// Words a headline leaves in lower case ("Nadal Wins the French Open").
    static let headlineSmallWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "nor",
    ]

    /// At least three in four words with letters, the small ones aside, begin with a capital.
    static func isHeadlineCased(_ words: [String]) -> Bool {
        var lettered = 0, capitalised = 0
        for word in words where !headlineSmallWords.contains(word) {
            guard let first = word.first(where: \.isLetter) else { continue }
            lettered += 1
            if first.isUppercase { capitalised += 1 }
        }
        return lettered >= 2 && capitalised * 4 >= lettered * 3
    }
}
