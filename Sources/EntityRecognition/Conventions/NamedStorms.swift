/// Storms carry people's names ("Hurricane Sandy", "Cyclone Phailin"), so a tagger that
/// has seen far more people than storms calls them persons, and then every later "Sandy"
/// too. CoNLL-2003, GUM, BTC and WNUT-17 all label a storm's name MISC; CoNLL-2003 leaves
/// the storm word out ("Hurricane O, Edouard B-MISC"), and so do we. So, after tagging:
/// - a span right after a storm word, or starting with one, becomes MISC, without the word
///   (not an organisation that starts with one: "Hurricane Hunters");
/// - the other mentions of that name in the same document become MISC too.
///
/// "Storm" alone is not a storm word: "Storm Bay" is a place and "Storm Reid" a person.
enum NamedStorms {
    /// Words that name a storm when a capitalised name follows them (any casing, so headlines count).
    static let words: Set<String> = ["hurricane", "typhoon", "cyclone", "supertyphoon"]

    /// Relabels storm names (capitalised: a hashtag after "storm" is not one) in `tags` (BILOU per sentence) in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        var names: Set<String> = []
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            let words = sentences[s]
            for span in BILOU.decode(tags[s]) {
                var name = span
                if isStormWord(at: span.start, in: words), span.end - span.start >= 2, span.label != .organization {
                    name.start += 1
                } else if !(span.start > 0 && isStormWord(at: span.start - 1, in: words)) {
                    continue
                }
                guard words[span.start].first?.isUppercase == true else { continue }
                if name.start > span.start { tags[s][span.start] = 0 }
                BILOU.relabel(name, as: .misc, in: &tags[s])
                names.insert(ArticleNames.key(words[name.start..<name.end]))
            }
        }
        ArticleNames.relabel(names, from: [.person, .organization, .location], to: .misc, in: &tags, sentences: sentences)
    }

    /// "Hurricane", or "Storm" after "Tropical" ("Tropical Storm Bill").
    static func isStormWord(at index: Int, in words: [String]) -> Bool {
        let word = words[index]
        if Self.words.contains(where: { WordMatching.matches(word, $0) }) { return true }
        return WordMatching.matches(word, "storm") && index > 0 && WordMatching.matches(words[index - 1], "tropical")
    }
}
