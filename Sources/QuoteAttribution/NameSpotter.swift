/// Finds people in text that came without entities: capitalised runs that start
/// with a known first name or follow an honorific or title ("Sen. Ted Cruz",
/// "Mr. Trump"), and later bare surnames of people already found.
enum NameSpotter {
    private static let nameParticles: Set<String> = ["de", "van", "von", "del", "bin", "al"]

    static func collect(_ paragraphs: [[FrameToken]], into directory: inout PersonDirectory) {
        for tokens in paragraphs {
            var i = 0
            while i < tokens.count {
                guard tokens[i].isWord, tokens[i].isCapitalized else { i += 1; continue }
                var j = i
                while j < tokens.count, tokens[j].isWord,
                      tokens[j].isCapitalized || (nameParticles.contains(tokens[j].lower)
                                                  && j + 1 < tokens.count && tokens[j + 1].isCapitalized) { j += 1 }
                consider(tokens, i..<j, &directory)
                i = j
            }
        }
    }

    private static func consider(_ tokens: [FrameToken], _ run: Range<Int>, _ directory: inout PersonDirectory) {
        if run.count == 1, isFunctionWord(tokens[run.lowerBound].lower) { return }
        var start = run.lowerBound
        var titles: [String] = []
        var k = start
        if k > 0, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, NameLexicon.personTitles.contains(tokens[k - 1].lower) {
            k -= 1
            titles.append(tokens[k].lower)
        }
        // "US Secretary of State Antony Blinken": the office words before the name are its titles.
        var back = run.lowerBound - 1
        while back >= 0, back >= run.lowerBound - 6, tokens[back].isWord, PhraseReader.isTitleWord(tokens[back].lower) {
            titles.append(tokens[back].lower)
            back -= 1
        }
        while start < run.upperBound, isFunctionWord(tokens[start].lower) {
            titles.append(tokens[start].lower)
            start += 1
        }
        let words = tokens[start..<run.upperBound].map(\.text).map(stripPossessive)
            .filter { !NameLexicon.nameSuffixes.contains($0.lowercased()) }
        guard let first = words.first else { return }
        let p = run.lowerBound
        let subject = p == 0 || PhraseReader.isSentenceEnd(tokens[p - 1]) || tokens[p - 1].isPunctuation(",")
            || tokens[p - 1].quoteIndex != nil
        let honorific = titles.contains { NameLexicon.personTitles.contains($0) } || introducesPerson(tokens, after: run.upperBound)
        let knownFirst = NameLexicon.femaleFirstNames.contains(first.lowercased())
            || NameLexicon.maleFirstNames.contains(first.lowercased())
        var person: Int?
        if words.count >= 2, words.count <= 4, knownFirst || honorific {
            person = directory.note(name: words, titles: titles, at: tokens[start].start, subject: subject)
        } else if words.count == 1, honorific, tokens[start].start > 0 {
            person = directory.note(name: words, titles: titles, at: tokens[start].start, subject: subject)
        } else if let last = words.last, let known = directory.person(named: [last]) {
            person = known
            directory.addMention(tokens[start].start, known, subject: subject)
        }
        if let person, subject, let gender = pronounGender(tokens, after: run.upperBound) {
            directory.learnGender(gender, for: person)
        }
    }

    /// Capitalised words that are never part of a name: titles, sentence openers, pronouns.
    private static func isFunctionWord(_ lower: String) -> Bool {
        NameLexicon.titles.contains(lower) || NameLexicon.sentenceWords.contains(lower)
            || NameLexicon.isPronoun(lower) || NameLexicon.determiners.contains(lower)
    }

    /// "Maryam Violet, an Iranian journalist", "Cory James, 22,", "Romero said": a person.
    private static func introducesPerson(_ tokens: [FrameToken], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        if tokens[end].isWord { return CueLexicon.verbs.contains(tokens[end].lower) }
        guard tokens[end].isPunctuation(","), end + 1 < tokens.count, tokens[end + 1].isWord else { return false }
        let next = tokens[end + 1].lower
        return ["a", "an", "the"].contains(next) || next.allSatisfy(\.isNumber)
            || NameLexicon.personTitles.contains(next) || NameLexicon.relationWords.contains(next)
    }

    /// The gender of the first he/she/his/her later in the same sentence.
    private static func pronounGender(_ tokens: [FrameToken], after end: Int) -> PersonDirectory.Gender? {
        var i = end
        while i < tokens.count, i < end + 25, !PhraseReader.isSentenceEnd(tokens[i]), tokens[i].quoteIndex == nil {
            if NameLexicon.malePronouns.contains(tokens[i].lower) { return .male }
            if NameLexicon.femalePronouns.contains(tokens[i].lower) { return .female }
            i += 1
        }
        return nil
    }

    static func stripPossessive(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }
}
