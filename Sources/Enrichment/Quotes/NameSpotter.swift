/// Finds people in text that came without entities: capitalised runs that start
/// with a known first name or follow an honorific or title ("Sen. Ted Cruz",
/// "Mr. Trump"), and later bare surnames of people already found.
enum NameSpotter {
    static func collect(_ paragraphs: [[FrameToken]], into directory: inout PersonDirectory) {
        for tokens in paragraphs {
            var i = 0
            while i < tokens.count {
                guard tokens[i].isWord, tokens[i].isCapitalized else { i += 1; continue }
                var j = i
                while j < tokens.count, tokens[j].isWord,
                      tokens[j].isCapitalized || (["de", "van", "von", "del", "bin", "al"].contains(tokens[j].lower)
                                                  && j + 1 < tokens.count && tokens[j + 1].isCapitalized) { j += 1 }
                consider(tokens, i..<j, &directory)
                i = j
            }
        }
    }

    private static func consider(_ tokens: [FrameToken], _ run: Range<Int>, _ directory: inout PersonDirectory) {
        var start = run.lowerBound
        var titles: [String] = []
        var k = start
        if k > 0, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, NameLexicon.personTitles.contains(tokens[k - 1].lower) {
            k -= 1
            titles.append(tokens[k].lower)
        }
        while start < run.upperBound,
              NameLexicon.titles.contains(tokens[start].lower) || NameLexicon.sentenceWords.contains(tokens[start].lower) {
            titles.append(tokens[start].lower)
            start += 1
        }
        let words = tokens[start..<run.upperBound].map(\.text).map(stripPossessive)
            .filter { !NameLexicon.nameSuffixes.contains($0.lowercased()) }
        guard let first = words.first else { return }
        let p = run.lowerBound
        let subject = p == 0 || PhraseReader.isSentenceEnd(tokens[p - 1]) || tokens[p - 1].isPunctuation(",")
            || tokens[p - 1].quoteIndex != nil
        let honorific = titles.contains { NameLexicon.personTitles.contains($0) }
        let knownFirst = NameLexicon.femaleFirstNames.contains(first.lowercased())
            || NameLexicon.maleFirstNames.contains(first.lowercased())
        if words.count >= 2, words.count <= 4, knownFirst || honorific {
            directory.note(name: words, titles: titles, at: tokens[start].start, subject: subject)
        } else if words.count == 1, honorific, tokens[start].start > 0 {
            directory.note(name: words, titles: titles, at: tokens[start].start, subject: subject)
        } else if let last = words.last, let person = directory.person(named: [last]) {
            directory.addMention(tokens[start].start, person, subject: subject)
        }
    }

    static func stripPossessive(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }
}
