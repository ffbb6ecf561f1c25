/// What the rest of the document says about a word: is it ever written in lower
/// case, is it capitalised away from a sentence start, and how did its first
/// occurrence look. This lets "Blinken" at a sentence start borrow evidence from
/// "Antony Blinken" earlier, and stops "Will" from looking like a name when
/// "will" appears elsewhere.
struct DocumentContext {
    struct WordStats {
        var lowercaseCount = 0
        var capitalizedMidSentence = 0
        var firstPrevLower: UInt64 = 0
        var firstPrevShape: UInt64 = 0
        var firstNextShape: UInt64 = 0
        var firstIsMidSentence = false
    }

    var stats: [UInt64: WordStats] = [:]

    init() {}

    /// `words` holds every token of the document; `sentenceStarts` marks first tokens.
    mutating func build(words: [WordInfo], sentenceFirst: [Bool], sentenceLast: [Bool], ) {
        stats.removeAll(keepingCapacity: true)
        for (i, w) in words.enumerated() where w.hasLetter {
            var s = stats[w.lower] ?? WordStats()
            if w.startsLowercase { s.lowercaseCount += 1 }
            let mid = !sentenceFirst[i]
            if w.isCapitalized && mid { s.capitalizedMidSentence += 1 }
            let isFirst = s.firstPrevLower == 0
            let better = !s.firstIsMidSentence && mid && w.isCapitalized
            if isFirst || better {
                s.firstPrevLower = mid ? words[i - 1].lower : WordInfo.boundary.lower
                s.firstPrevShape = mid ? words[i - 1].shortShape : WordInfo.boundary.shortShape
                s.firstNextShape = sentenceLast[i] ? WordInfo.boundary.shortShape : words[i + 1].shortShape
                s.firstIsMidSentence = mid && w.isCapitalized
            }
            stats[w.lower] = s
        }
    }
}
