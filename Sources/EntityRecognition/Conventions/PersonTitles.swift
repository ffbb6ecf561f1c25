/// Titles before a person's name are not part of the name, in CoNLL-2003's guidelines
/// and in GUM's alike ("Mr. Obama", "Justice Scalia", "Prime Minister Blair" → the name
/// only). Some training corpora (re3d, BTC, WNUT-17) include them, so the tagger
/// sometimes does too; this makes the convention final, in evaluation and production alike.
enum PersonTitles {
    /// Honorifics say nothing about who is meant; offices do ("President Obama" is not
    /// "Michelle Obama"), so the entities stage resolves a name together with its office.
    static let honorifics: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev.",
    ]

    /// Offices and ranks, and the royal titles CoNLL-2003 and GUM leave out of a name ("King
    /// Norodom Sihanouk"). Not the words their annotators split both ways ("Prince", "Pope",
    /// "Sheikh", "Saint", "St.").
    static let offices: Set<String> = [
        "Professor", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "President", "Vice",
        "Prime", "Minister", "Chancellor", "Premier", "Senator", "Sen.", "Rep.", "Representative",
        "Governor", "Gov.", "Mayor", "Judge", "Justice", "General", "Gen.", "Lt.", "Col.", "Colonel",
        "Captain", "Capt.", "Major", "Sgt.", "Sergeant", "Admiral", "Adm.", "Emperor", "Empress", "Coach",
        "King", "Queen", "Princess",
    ]

    /// Every title that precedes a name.
    static let words = honorifics.union(offices)

    /// Where a person's name starts when the offices right before it are counted in
    /// (`start` itself when there are none); never into a token another span covers.
    static func officeStart(of span: LabeledSpan, words: [String], covered: [Bool]) -> Int {
        var start = span.start
        while span.label == .person, start > 0, !covered[start - 1], isTitle(words[start - 1]),
              !honorifics.contains(words[start - 1]) {
            start -= 1
        }
        return start
    }

    /// Moves the start of every multi-word person span past leading titles, in place.
    static func trim(_ tags: inout [Int], words: [String]) {
        var i = 0
        while i < tags.count {
            guard tags[i] == begin else { i += 1; continue }
            var start = i
            while start + 1 < tags.count, tags[start] != last, isTitle(words[start]) {
                tags[start] = 0
                start += 1
            }
            if start != i {
                tags[start] = tags[start] == last ? unit : begin
            }
            i = start + 1
        }
    }

    /// A title as written, or in an ALL-CAPS headline ("PRESIDENT" as "President").
    static func isTitle(_ word: String) -> Bool {
        if words.contains(word) { return true }
        guard word.count > 1, word == word.uppercased(), let first = word.first else { return false }
        return words.contains(String(first) + word.dropFirst().lowercased())
    }

    private static let begin = BILOU.tag(.begin, .person)
    private static let last = BILOU.tag(.last, .person)
    private static let unit = BILOU.tag(.unit, .person)
}
