import TextProcessing

/// Small helpers on name strings: words, gender cues, titles written before a name.
enum NameWords {
    static func split(_ name: String) -> [String] {
        withoutTitles(name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map {
            var word = String($0).replacingOccurrences(of: "\u{2019}", with: "'")
            if word.hasSuffix("'s") { word.removeLast(2) }
            return word
        })
    }

    /// Drops leading titles and sentence words ("Representative", "But") and trailing
    /// suffixes ("Jr."), keeping title-like words inside the name ("Peter T. King").
    static func withoutTitles(_ words: [String]) -> [String] {
        var start = 0
        while start < words.count {
            let lower = words[start].lowercased()
            guard NameLexicon.titles.contains(lower) || NameLexicon.sentenceWords.contains(lower)
                    || NameLexicon.isPronoun(lower) || words[start].isEmpty else { break }
            // "Mr. King", "Ms. Pope": after an honorific a title word is the surname.
            if start > 0, start == words.count - 1, isHonorific(words[start - 1]) { break }
            start += 1
        }
        var end = words.count
        while end > start, NameLexicon.nameSuffixes.contains(words[end - 1].lowercased()) || words[end - 1].isEmpty { end -= 1 }
        return Array(words[start..<end])
    }

    static func isHonorific(_ word: String) -> Bool {
        let lower = word.lowercased()
        return NameLexicon.maleHonorifics.contains(lower) || NameLexicon.femaleHonorifics.contains(lower)
            || lower == "dr." || lower == "dr"
    }

    static func gender(firstName: String?) -> PersonDirectory.Gender {
        guard let first = firstName?.lowercased() else { return .unknown }
        if NameLexicon.femaleFirstNames.contains(first) { return .female }
        if NameLexicon.maleFirstNames.contains(first) { return .male }
        return .unknown
    }

    static func gender(honorifics words: [String]) -> PersonDirectory.Gender {
        for word in words {
            let first = word.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            if NameLexicon.maleHonorifics.contains(first) { return .male }
            if NameLexicon.femaleHonorifics.contains(first) { return .female }
        }
        return .unknown
    }

    /// True when the word at `offset` opens a sentence or clause (after . ! ? , or a line start).
    static func opensClause(_ offset: Int, in chars: [Unicode.Scalar]) -> Bool {
        var i = min(offset, chars.count) - 1
        while i >= 0, chars[i] == " " { i -= 1 }
        guard i >= 0 else { return true }
        return [".", "!", "?", ",", "\n", ":", ";"].contains(chars[i]) || QuoteMarks.isDouble(chars[i])
    }

    /// Up to `count` lower-cased words just before `offset` (for titles and honorifics).
    static func wordsBefore(_ offset: Int, in chars: [Unicode.Scalar], count: Int) -> [String] {
        var words: [String] = []
        var i = min(offset, chars.count) - 1
        while i >= 0, words.count < count {
            while i >= 0, chars[i] == " " { i -= 1 }
            var j = i
            while j >= 0, ScalarClass.isAlphabetic(chars[j]) || chars[j] == "." || chars[j] == "-" { j -= 1 }
            guard j < i else { break }
            words.append(String(String.UnicodeScalarView(chars[(j + 1)...i])).lowercased())
            i = j
            if i >= 0, chars[i] != " " { break }
        }
        return words
    }
}
