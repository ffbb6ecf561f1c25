/// Finding the subject of a sentence or clause when the phrase next to the cue is not it:
/// appositives ("Flynn, a top Trump surrogate, said"), datelines, participle and place
/// clauses, and the subject a quote worked into a sentence belongs to.
extension SpeakerRules {
    /// Where the quote's sentence starts: after the last full stop or sentence-ending quote,
    /// at most `leftWindow` tokens back, so a text without full stops costs each quote a
    /// bounded scan rather than one back to the start of the text.
    static func sentenceStart(_ tokens: [FrameToken], quoteAt q: Int, endsSentence: (Int) -> Bool) -> Int {
        var start = q
        while start > 0, q - start < leftWindow {
            let t = tokens[start - 1]
            if PhraseReader.isSentenceEnd(t) { break }
            if let index = t.quoteIndex, endsSentence(index) { break }
            start -= 1
        }
        return start
    }

    /// A quote worked into a sentence with no cue ("Reid has gone after Trump as a “human leech”",
    /// "Kall compared Trump to a coach who is “working the referees”"): the sentence's subject is
    /// its source, when that subject is a name or "he"/"she". Returns the subject and its verb.
    static func sentenceSubject(_ tokens: [FrameToken], quoteAt q: Int, endsSentence: (Int) -> Bool) -> SpeakerPhrase? {
        let start = sentenceStart(tokens, quoteAt: q, endsSentence: endsSentence)
        guard q > start, tokens[start].quoteIndex == nil,
              let words = firstSubject(tokens, from: start, before: q), let head = words.first, let last = words.last,
              head.isCapitalized || head.lower == "he" || head.lower == "she" else { return nil }
        var verb = (tokens[start..<q].firstIndex { $0.start == last.start } ?? q) + 1
        // "Harry Reid (D-Nev.), in particular, has been pounding …", "Aaron Kall, the director …, compared"
        if verb < q, tokens[verb].isPunctuation("("), let close = tokens[verb..<q].firstIndex(where: { $0.isPunctuation(")") }) {
            verb = close + 1
        }
        if verb < q, tokens[verb].isPunctuation(","),
           let close = tokens[(verb + 1)..<q].firstIndex(where: { $0.isPunctuation(",") }), close - verb <= 14,
           !tokens[(verb + 1)..<close].contains(where: { $0.quoteIndex != nil }) {
            verb = close + 1
        }
        while verb < q, tokens[verb].isWord, PhraseReader.isAdverbial(tokens[verb]) { verb += 1 }
        guard verb < q, tokens[verb].isWord, !tokens[verb].isCapitalized, !PhraseReader.startsAdverbial(tokens[verb]),
              !NameLexicon.determiners.contains(tokens[verb].lower), !clauseLinks.contains(tokens[verb].lower),
              !["to", "or", "who", "whose", "nor"].contains(tokens[verb].lower) else { return nil }
        return SpeakerPhrase(words: words, cue: tokens[verb].lower)
    }

    /// "Apple's chief executive, Tim Cook, called", "Flynn, a top Trump surrogate, said", "Mr. King, 82, told":
    /// the name among the comma-separated phrases before a cue. A name is taken right before the cue
    /// or where the frame opens, never from the middle ("Rawlings, 59, of Ashton, Md., who …, said").
    static func appositiveSubject(_ tokens: [FrameToken], before k: Int, from start: Int) -> [FrameToken]? {
        guard k - 1 > start, tokens[k - 1].isPunctuation(",") else { return nil }
        var segmentEnd = k - 1
        for round in 0..<6 {
            var segmentStart = segmentEnd
            while segmentStart > start, tokens[segmentStart - 1].kind == .word { segmentStart -= 1 }
            var segment = tokens[segmentStart..<segmentEnd]
            let opensFrame = segmentStart == start
            if opensFrame {
                // "As John Cornyn, the No. 2 in the leadership, put it"
                while let first = segment.first, segment.count > 1, ["as", "but", "and", "so", "yet", "then", "also"].contains(first.lower) {
                    segment = segment.dropFirst()
                }
            }
            if opensFrame, isName(segment) { return Array(segment) }
            if let first = segment.first, ["when", "while", "after", "because", "as", "since", "although", "though", "until"].contains(first.lower),
               isName(segment.dropFirst()) {
                // "…, when Mr. Buchanan, who had failed to win, called for …"
                return Array(segment.dropFirst())
            }
            if round == 0, isName(segment), segmentStart - 1 > start, tokens[segmentStart - 1].isPunctuation(","),
               tokens[segmentStart - 2].isWord, !tokens[segmentStart - 2].isCapitalized,
               PhraseReader.isPersonNoun(tokens[segmentStart - 2].lower),
               (segmentStart - 2 - (tokens[start..<(segmentStart - 1)].lastIndex { !$0.isWord } ?? (start - 1))) <= 8 {
                // …where the description is a short phrase of its own, not the end of a clause
                // ("visited NBC to discuss his rival, Hillary Clinton, saying").
                // "Apple's chief executive, Tim Cook, called" (but not "a salesman from Sumter, South Carolina, says").
                return Array(segment)
            }
            guard !opensFrame, tokens[segmentStart - 1].isPunctuation(","), segmentStart - 1 > start else { return nil }
            segmentEnd = segmentStart - 1
        }
        return nil
    }

    /// A short run of capitalised words (with "of", initials), not an adverbial or a date.
    private static func isName(_ words: ArraySlice<FrameToken>) -> Bool {
        guard let first = words.first, let last = words.last, words.count <= 6, first.isCapitalized, last.isCapitalized,
              !opensAdverbial(first), !NameLexicon.sentenceWords.contains(first.lower) || NameWords.isHonorific(first.text),
              !NameLexicon.personalPronouns.contains(first.lower) else { return false }
        return words.allSatisfy { $0.isCapitalized || $0.lower == "of" }
    }

    /// The subject of the sentence ending just before `end` when it holds no quote:
    /// "Iowa State's Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”"
    static func lastSentenceSubject(_ tokens: [FrameToken], before end: Int) -> SpeakerPhrase? {
        guard end > 0, end <= tokens.count, PhraseReader.isSentenceEnd(tokens[end - 1]) else { return nil }
        var start = end - 1
        while start > 0, !PhraseReader.isSentenceEnd(tokens[start - 1]) {
            if tokens[start - 1].quoteIndex != nil { return nil }
            start -= 1
        }
        guard end - 1 > start, let words = firstSubject(tokens, from: start, before: end - 1), let head = words.first,
              let last = words.last, head.isCapitalized, !NameLexicon.personalPronouns.contains(head.lower),
              let i = tokens[start..<end].firstIndex(where: { $0.start == last.start }), i + 1 < end - 1,
              tokens[i + 1].isWord, !tokens[i + 1].isCapitalized else { return nil }
        return SpeakerPhrase(words: words, cue: tokens[i + 1].lower)
    }

    /// The first name (else phrase) opening a clause: "Cory James, 22, of Flint, said",
    /// "Google's chief executive, Laszlo Bock, told".
    static func firstSubject(_ tokens: [FrameToken], from start: Int, before k: Int) -> [FrameToken]? {
        var fallback: [FrameToken]?
        var i = start
        while i < k {
            if i == start || tokens[i - 1].isPunctuation(",") || isDash(tokens[i - 1]), !opensAdverbial(tokens[i]),
               !opensParticipleClause(tokens, i) {
                var j = i
                while j < k, tokens[j].isWord, NameLexicon.sentenceWords.contains(tokens[j].lower) { j += 1 }
                let words = PhraseReader.forward(tokens, from: j, to: k)
                let end = j + words.count
                if end < k, isDash(tokens[end]), words.allSatisfy({ $0.text == $0.text.uppercased() }) {
                    // "WASHINGTON -- President Obama said": a dateline, not the subject.
                    i += 1
                    continue
                }
                if let head = words.first {
                    if head.isCapitalized, words.last?.isCapitalized == true { return words }
                    if NameLexicon.personalPronouns.contains(head.lower) { return fallback ?? words }
                    if fallback == nil, head.isCapitalized || NameLexicon.determiners.contains(head.lower) { fallback = words }
                }
            }
            i += 1
        }
        return fallback
    }

    static func isDash(_ token: FrameToken) -> Bool {
        token.kind == .punctuation && ["-", "\u{2014}", "\u{2013}"].contains(token.text)
    }

    /// "On Twitter, …", "Outside the arena, …", "Aug. 3, …": clauses that open with an adverbial.
    static func opensAdverbial(_ token: FrameToken) -> Bool {
        CueLexicon.adverbialOpeners.contains(token.lower) || CueLexicon.timeNouns.contains(token.lower)
    }

    /// "Appearing before supporters, …", "Preceded at the lectern by …": a participle clause.
    private static func opensParticipleClause(_ tokens: [FrameToken], _ i: Int) -> Bool {
        let lower = tokens[i].lower
        guard tokens[i].isCapitalized, lower.count > 5, lower.hasSuffix("ing") || lower.hasSuffix("ed"),
              i + 1 < tokens.count, tokens[i + 1].isWord else { return false }
        let next = tokens[i + 1]
        return PhraseReader.startsAdverbial(next) || NameLexicon.determiners.contains(next.lower)
            || ["his", "her", "their", "its", "our", "my"].contains(next.lower)
    }

    /// The subject of the clause a participle hangs from: the last phrase that opens a clause.
    static func clauseSubject(_ tokens: [FrameToken], from start: Int, before k: Int) -> [FrameToken]? {
        var best: [FrameToken]?
        var i = start
        while i < k {
            // "spoke in Tulsa, Oklahoma, arguing": a place after "in Tulsa," opens no clause.
            let placeContinuation = i >= start + 3 && i + 1 < k && tokens[i + 1].isPunctuation(",") && tokens[i - 2].isCapitalized
                && !CueLexicon.timeNouns.contains(tokens[i - 2].lower) && PhraseReader.startsAdverbial(tokens[i - 3])
            if i == start || tokens[i - 1].isPunctuation(","), !opensAdverbial(tokens[i]), !placeContinuation,
               !opensParticipleClause(tokens, i) {
                var j = i
                while j < k, tokens[j].isWord, NameLexicon.sentenceWords.contains(tokens[j].lower) { j += 1 }
                let words = PhraseReader.forward(tokens, from: j, to: k)
                if let head = words.first, let last = words.last, !CueLexicon.timeNouns.contains(last.lower),
                   head.isCapitalized || NameLexicon.personalPronouns.contains(head.lower)
                    || NameLexicon.determiners.contains(head.lower) {
                    best = words
                }
            }
            i += 1
        }
        return best
    }
}
