/// Turns a speaker phrase into a speaker: names map to the canonical person,
/// "he"/"she" to the latest fitting person, "the secretary" to the latest holder of
/// that title. Other pronouns stay unresolved (nil): a wrong speaker is worse than none.
enum SpeakerResolver {
    struct Speaker: Sendable, Equatable {
        var name: String
        var id: String?
        /// Index in the directory when the speaker is a known person.
        var person: Int?
    }

    /// What pronoun resolution may lean on: the last resolved speaker, if recent, and
    /// where the recent text starts.
    struct Context: Sendable {
        var lastSpeaker: Int?
        var recentFrom: Int
    }

    static func resolve(_ phrase: SpeakerPhrase, in directory: inout PersonDirectory, context: Context) -> Speaker? {
        let words = phrase.words
        guard let last = words.last else { return nil }
        if words.count == 1, NameLexicon.personalPronouns.contains(last.lower) {
            let gender: PersonDirectory.Gender
            switch last.lower {
            case "he": gender = .male
            case "she": gender = .female
            default: return nil
            }
            return directory.antecedent(
                gender: gender, before: phrase.offset, lastSpeaker: context.lastSpeaker, recentFrom: context.recentFrom
            ).map { speaker(directory, $0) }
        }
        var nameStart = words.count
        var nameEnd = words.count
        if let of = words.firstIndex(where: { $0.lower == "of" }), of > 0 {
            var runStart = of
            while runStart > 0, words[runStart - 1].isCapitalized { runStart -= 1 }
            if words[runStart..<of].contains(where: { !NameLexicon.titles.contains($0.lower) && !NameLexicon.sentenceWords.contains($0.lower) }) {
                nameStart = runStart
                nameEnd = of
            }
        }
        if nameEnd == words.count {
            while nameStart > 0, words[nameStart - 1].isCapitalized { nameStart -= 1 }
        }
        var nameWords = NameWords.withoutTitles(words[nameStart..<nameEnd].map { NameSpotter.stripPossessive($0.text) })
        if directory.person(named: nameWords) == nil, let known = directory.knownPerson(within: nameWords) {
            nameWords = known.words
        }
        let opensWithArticle = ["the", "a", "an"].contains(words[0].lower)
        if !nameWords.isEmpty, !opensWithArticle || (nameWords.count >= 2 && NameWords.gender(firstName: nameWords.first) != .unknown) {
            let titles = words[..<nameStart].map(\.lower)
            if let index = directory.note(name: nameWords, titles: titles, at: words[nameStart].start, subject: true) {
                let person = directory.people[index]
                if person.id == nil, person.surname != nameWords.last?.lowercased() {
                    // "Ms. Acosta" for "Melba Acosta Febo": keep the name as written.
                    return Speaker(name: nameWords.joined(separator: " "), id: nil, person: index)
                }
                return speaker(directory, index)
            }
        }
        let phraseText = words.map(\.text).joined(separator: " ")
        if nameWords.isEmpty {
            let head = descriptionHead(words)
            if let head, NameLexicon.titles.contains(head), head != "the", head != "a",
               let index = directory.holder(of: head, before: phrase.offset) {
                return speaker(directory, index)
            }
            if words.count == 1, NameLexicon.isPronoun(last.lower) { return nil }
        }
        return Speaker(name: phraseText, id: nil)
    }

    private static func speaker(_ directory: PersonDirectory, _ index: Int) -> Speaker {
        Speaker(name: directory.people[index].name, id: directory.people[index].id, person: index)
    }

    /// "the former secretary of state" → "secretary".
    private static func descriptionHead(_ words: [FrameToken]) -> String? {
        var head: String?
        for word in words {
            if word.lower == "of" { break }
            head = word.lower
        }
        return head
    }
}
