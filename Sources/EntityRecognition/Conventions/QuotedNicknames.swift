/// A nickname in quotes between a person's first and last names belongs to the name:
/// Roberto "Hands of Stone" Duran, Joaquín "El Chapo" Guzmán. CoNLL-2003 and wikineural
/// tag the whole run as one person; the tagger, stopping at the quotes, finds two people
/// (and sometimes a third in the nickname). After tagging, a person span, a quoted
/// capitalised nickname of one to four words, and a person span right after it become one
/// person span.
enum QuotedNicknames {
    static let quotes: Set<String> = ["\"", "``", "''", "\u{201C}", "\u{201D}"]

    /// One of `quotes` (the first-byte test spares hashing every word of the article).
    static func isQuote(_ word: String) -> Bool {
        guard let first = word.utf8.first, first == 0x22 || first == 0x60 || first == 0x27 || first == 0xE2 else {
            return false
        }
        return quotes.contains(word)
    }

    /// Joins first name, quoted nickname and last name into one PER span in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            let words = sentences[s]
            guard words.contains(where: isQuote) else { continue }
            var spans = BILOU.decode(tags[s])
            var i = 0
            while i + 1 < spans.count {
                if let joined = join(spans[i], spans[(i + 1)...], in: words) {
                    let covered = spans.filter { $0.start >= joined.start && $0.end <= joined.end }.count
                    spans.replaceSubrange(i..<(i + covered), with: [joined])
                    tags[s] = BILOU.encode(spans, length: words.count)
                }
                i += 1
            }
        }
    }

    /// The person span from `first` through the person span after a quoted nickname, if the words allow.
    static func join(_ first: LabeledSpan, _ later: ArraySlice<LabeledSpan>, in words: [String]) -> LabeledSpan? {
        let open = first.end
        guard first.label == .person, open < words.count, isQuote(words[open]),
              open + 1 < words.count, words[open + 1].first?.isUppercase == true,
              let close = (open + 2..<min(words.count, open + 6)).first(where: { isQuote(words[$0]) }),
              let last = later.first(where: { $0.start > open && $0.start >= close }),
              last.start == close + 1, last.label == .person,
              later.allSatisfy({ $0.start >= close || $0.end <= close }) else { return nil }
        return LabeledSpan(start: first.start, end: last.end, label: .person)
    }
}
