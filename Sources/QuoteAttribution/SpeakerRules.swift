/// Finds the phrase that names a quote's speaker in the quote's own sentence:
/// after it ("…,” Blinken said", "…,” said Blinken") or before it ("Blinken said
/// Wednesday that “…”", "according to Blinken, “…”", "Blinken hit back, saying “…”").
enum SpeakerRules {
    /// How far after a quote a cue may sit and still attribute it.
    static let rightWindow = 14
    /// How far before a quote its sentence may start: longer "sentences" are run-on text
    /// (no full stops), and scanning them whole made quote attribution quadratic.
    static let leftWindow = 120

    /// The phrase after the quote; `strong` when the cue is right at the quote.
    static func right(_ tokens: [FrameToken], quoteAt q: Int, endsSentence: Bool, endsClause: Bool) -> (SpeakerPhrase, strong: Bool)? {
        var start = q + 1
        while start < tokens.count, tokens[start].kind == .punctuation,
              [",", "\u{2014}", "\u{2013}", "\u{2015}", "-", ")"].contains(tokens[start].text) { start += 1 }
        var end = start
        while end < tokens.count, end - start < rightWindow + 40, tokens[end].quoteIndex == nil,
              !PhraseReader.isSentenceEnd(tokens[end]) { end += 1 }
        guard start < end, tokens[start].isWord else { return nil }
        let first = tokens[start]
        if start > q + 1, ["\u{2014}", "\u{2013}", "\u{2015}", "-"].contains(tokens[start - 1].text),
           tokens[start..<end].allSatisfy({ $0.isCapitalized || $0.lower == "of" || !$0.isWord }),
           first.isCapitalized, !CueLexicon.verbs.contains(first.lower) {
            // "“…” ― Carlos Raúl": a signed quote.
            let words = Array(tokens[start..<end].prefix { $0.isWord })
            if !words.isEmpty, words.count <= 5 { return (SpeakerPhrase(words: words, cue: "\u{2015}"), true) }
        }
        if first.lower == "reads" || first.lower == "read", !first.isCapitalized {
            // "“…,” reads a Wednesday editorial in The Des Moines Register."
            let words = PhraseReader.forward(tokens, from: start + 1, to: end, greedy: true)
            if !words.isEmpty { return (SpeakerPhrase(words: words, cue: first.lower), true) }
        }
        if first.lower == "according", start + 1 < end, tokens[start + 1].lower == "to", !(endsSentence && first.isCapitalized) {
            // "…,” according to Axelrod's memoir."
            let words = PhraseReader.forward(tokens, from: start + 2, to: end, greedy: true)
            return words.isEmpty ? nil : (SpeakerPhrase(words: words, cue: "according to"), true)
        }
        let opensSentence = q == 0 || PhraseReader.isSentenceEnd(tokens[q - 1]) || tokens[q - 1].isPunctuation(":")
        if CueLexicon.verbs.contains(first.lower), !CueLexicon.participles.contains(first.lower),
           endsClause || start > q + 1 || opensSentence {
            let words = PhraseReader.forward(tokens, from: start + 1, to: end, greedy: true)
            guard !words.isEmpty else { return nil }
            return (outerSource(tokens, after: start + 1, end: end) ?? SpeakerPhrase(words: words, cue: first.lower), true)
        }
        if endsSentence, first.isCapitalized {
            // A new sentence begins unless a cue follows within a short name.
            guard let k = (start..<min(end, start + 6)).first(where: { isCue(tokens, $0) && tokens[$0].lower != "according" }),
                  closesSentence(tokens, afterCue: k, end: end),
                  !(start..<k).contains(where: { passiveAuxiliaries.contains(tokens[$0].lower) })
            else { return nil }  // "….” O'Malley's move was first reported by MSNBC." is a new sentence.
            return phraseBefore(tokens, cue: k, start: start).map { ($0, true) }
        }
        for k in start..<min(end, start + rightWindow + 26) where isCue(tokens, k) {
            // "…” a Donald Trump tweet attacking …": a participle after a quote modifies a noun.
            if tokens[k].lower.hasSuffix("ing"), tokens[k].lower != "according" { continue }
            if k + 2 < end, tokens[k + 1].lower == "by", k > start, passiveAuxiliaries.contains(tokens[k - 1].lower) {
                // "“American Skin” was written by Springsteen": the agent speaks.
                let words = PhraseReader.forward(tokens, from: k + 2, to: end, greedy: true)
                if let head = words.first, head.isCapitalized { return (SpeakerPhrase(words: words, cue: tokens[k].lower), true) }
            }
            if tokens[k].lower == "according" {
                let words = PhraseReader.forward(tokens, from: k + 2, to: end, greedy: true)
                return words.isEmpty ? nil : (SpeakerPhrase(words: words, cue: "according to"), true)
            }
            if tokens[k - 1].isPunctuation(","), let subject = appositiveSubject(tokens, before: k, from: start) {
                // "…,” Flynn, a top Trump surrogate, said Thursday on Fox News."
                return (SpeakerPhrase(words: subject, cue: tokens[k].lower), true)
            }
            if tokens[k - 1].isPunctuation(","), !CueLexicon.participles.contains(tokens[k].lower),
               !CueLexicon.objectFirst.contains(tokens[k].lower) {
                // "…,” in the 2008 primary, said Ohio State University professor Paul Beck."
                let words = PhraseReader.forward(tokens, from: k + 1, to: end, greedy: true)
                if let head = words.first, head.isCapitalized || NameLexicon.determiners.contains(head.lower)
                    || (NameLexicon.personalPronouns.contains(head.lower) && words.count == 1) {
                    return (SpeakerPhrase(words: words, cue: tokens[k].lower), true)
                }
            }
            guard let phrase = phraseBefore(tokens, cue: k, start: start) else { return nil }
            // "…” and that the footage released …": a new clause, weaker than a cue before the quote.
            let strong = k - start <= 5 && !tokens[start..<k].contains { clauseLinks.contains($0.lower) }
            return (outerSource(tokens, after: k + 1, end: end) ?? phrase, strong)
        }
        return nil
    }

    /// The phrase before the quote, in the same sentence: the cue nearest the quote, or the report
    /// it sits in ("Ross said Obama had told leaders …" is Ross's account).
    static func left(_ tokens: [FrameToken], quoteAt q: Int, endsSentence: (Int) -> Bool) -> SpeakerPhrase? {
        let frameStart = sentenceStart(tokens, quoteAt: q, endsSentence: endsSentence)
        if let colon = (frameStart..<q).first(where: { tokens[$0].isPunctuation(":") }), colon > frameStart, colon - frameStart <= 8,
           !(frameStart..<colon).contains(where: { isCue(tokens, $0) }), tokens[colon - 1].isCapitalized,
           tokens[frameStart..<colon].allSatisfy({ $0.isWord && ($0.isCapitalized || PhraseReader.isTitleWord($0.lower)) }) {
            return SpeakerPhrase(words: Array(tokens[frameStart..<colon]), cue: ":")
        }
        if q >= 2, tokens[q - 1].isPunctuation(":"), !(frameStart..<(q - 1)).contains(where: { isCue(tokens, $0) }) {
            let words = PhraseReader.backward(tokens, before: q - 1, from: frameStart)
            if words.count <= 5, words.first?.isCapitalized == true, words.first?.start == tokens[frameStart].start {
                return SpeakerPhrase(words: words, cue: ":")
            }
            // "IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “…”": a byline after a dash.
            if let first = words.first, first.isCapitalized, words.count <= 6,
               let i = tokens[frameStart..<q].firstIndex(where: { $0.start == first.start }), i > frameStart,
               isDash(tokens[i - 1]) || ["from", "by"].contains(tokens[i - 1].lower), words.last?.isCapitalized == true {
                // …and "A lesson from Loretta Lynch: ‘…’".
                return SpeakerPhrase(words: words, cue: ":")
            }
            // "President Obama is rolling out a new campaign message: “It's about me.”"
            if let subject = firstSubject(tokens, from: frameStart, before: q - 1), let head = subject.first,
               head.isCapitalized || NameLexicon.determiners.contains(head.lower) {
                return SpeakerPhrase(words: subject, cue: ":")
            }
        }
        var k = q - 1
        while k >= frameStart {
            if isCue(tokens, k) {
                let cue = tokens[k].lower
                if cue == "according" {
                    // "Win Htein said Tuesday that according to its analysis, …": his report.
                    if let outer = outerReport(tokens, around: k, from: frameStart) { return outer }
                    let words = PhraseReader.forward(tokens, from: k + 2, to: q, greedy: true)
                    if !words.isEmpty { return SpeakerPhrase(words: words, cue: "according to") }
                } else if CueLexicon.participles.contains(cue) {
                    if let shown = nameShown(tokens, before: k, from: frameStart) {
                        return SpeakerPhrase(words: shown, cue: cue)
                    }
                    if let main = mainCuePhrase(tokens, beforeParticiple: k, from: frameStart) {
                        // "“…,” Law said, noting that …": the speaker of the cue it elaborates.
                        return SpeakerPhrase(words: main.words, cue: cue)
                    }
                    var near = PhraseReader.backward(tokens, before: k, from: frameStart)
                    if let first = near.first, let i = tokens[frameStart..<k].firstIndex(where: { $0.start == first.start }),
                       i > frameStart, ["to", "in", "on", "at", "for", "from", "into"].contains(tokens[i - 1].lower) {
                        // "wrote in a statement to Wired explaining": Wired is an object.
                        near = []
                    }
                    // "Mr. Trump … issued a statement Tuesday saying": the statement is his.
                    let issuedObject = near.count >= 2 && ["a", "an"].contains(near[0].lower)
                    if let head = near.last, near.count <= 4, head.isCapitalized || NameLexicon.personalPronouns.contains(head.lower)
                        || NameLexicon.sourceNouns.contains(head.lower) {
                        if issuedObject, let subject = firstSubject(tokens, from: frameStart, before: k), subject.first?.isCapitalized == true,
                           subject.first.map({ $0.start < near[0].start }) == true {
                            return SpeakerPhrase(words: subject, cue: cue)
                        }
                        return SpeakerPhrase(words: near, cue: cue)
                    }
                    var verbStart = k
                    while verbStart > frameStart, tokens[verbStart - 1].isWord, PhraseReader.isAdverbial(tokens[verbStart - 1]) { verbStart -= 1 }
                    if let words = appositiveSubject(tokens, before: verbStart, from: frameStart) {
                        // "Donald Trump, the most unconventional candidate, is promising …"
                        return SpeakerPhrase(words: words, cue: cue)
                    }
                    if let words = clauseSubject(tokens, from: frameStart, before: k) {
                        return SpeakerPhrase(words: words, cue: cue)
                    }
                } else if let phrase = phraseBefore(tokens, cue: k, start: frameStart) {
                    return outerReport(tokens, around: k, from: frameStart) ?? phrase
                } else if k == frameStart || tokens[k - 1].isPunctuation(",") {
                    // "Said Ellis: “…”", "…, said Ellis, “…”"
                    let words = PhraseReader.forward(tokens, from: k + 1, to: q, greedy: true)
                    if let head = words.first, head.isCapitalized || NameLexicon.determiners.contains(head.lower) {
                        return SpeakerPhrase(words: words, cue: cue)
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    /// "Mr. Ross said Mr. Obama had told leaders that “…”": a cue inside another cue's report
    /// (no comma, colon or "and" between them) is attributed to the outer speaker.
    private static func outerReport(_ tokens: [FrameToken], around k: Int, from start: Int) -> SpeakerPhrase? {
        var j = k - 1
        while j >= start {
            let t = tokens[j]
            if t.kind != .word || ["and", "but", "or", "while", "when", "after", "before", "as", "because"].contains(t.lower) {
                return nil
            }
            if isCue(tokens, j), !CueLexicon.participles.contains(t.lower), t.lower != "according",
               !CueLexicon.objectFirst.contains(t.lower) || t.lower == "told" || t.lower == "tells" {
                return phraseBefore(tokens, cue: j, start: start)
            }
            j -= 1
        }
        return nil
    }

    /// "….” He said Tuesday." attributes; "….” He said Nunberg was bound …" and "….” Park said
    /// Kim's state is …" start a new report.
    private static func closesSentence(_ tokens: [FrameToken], afterCue k: Int, end: Int) -> Bool {
        if k + 1 < tokens.count, tokens[k + 1].isPunctuation(":") { return false }
        guard k + 1 < end else { return true }
        let next = tokens[k + 1]
        if next.isPunctuation(",") || CueLexicon.timeWords.contains(next.lower) { return true }
        if ["that", "he", "she", "they", "it", "we", "i"].contains(next.lower) { return false }
        if PhraseReader.startsAdverbial(next) || (clauseLinks.contains(next.lower) && next.lower != "that") { return true }
        if CueLexicon.objectFirst.contains(tokens[k].lower) { return end - k <= 7 }
        return end - k <= 2
    }

    /// "was written by", "was first reported by": a passive cue.
    private static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be"]

    /// Words that open a new clause between a quote and a later cue.
    static let clauseLinks: Set<String> = [
        "and", "but", "after", "before", "when", "while", "because", "as", "that", "which", "who", "if", "since", "until",
    ]

    /// "…,” Welch said, according to Vermont Edition.": the outer source is the attribution.
    private static func outerSource(_ tokens: [FrameToken], after k: Int, end: Int) -> SpeakerPhrase? {
        guard k < end, let a = (k..<end).first(where: { tokens[$0].lower == "according" && isCue(tokens, $0) }) else { return nil }
        let words = PhraseReader.forward(tokens, from: a + 2, to: end, greedy: true)
        return words.isEmpty ? nil : SpeakerPhrase(words: words, cue: "according to")
    }

    /// A full quote opening a sentence with no cue of its own, after a sentence of the same
    /// paragraph that has one: "Obama said Tuesday he was hopeful. “We will get there.”"
    static func earlierInParagraph(_ tokens: [FrameToken], quoteAt q: Int) -> SpeakerPhrase? {
        guard q > 0, PhraseReader.isSentenceEnd(tokens[q - 1]) || tokens[q - 1].isPunctuation(":") else { return nil }
        var k = q - 1
        while k >= 0, tokens[k].quoteIndex == nil {
            if isCue(tokens, k), !CueLexicon.participles.contains(tokens[k].lower), tokens[k].lower != "according" {
                var start = k
                while start > 0, !PhraseReader.isSentenceEnd(tokens[start - 1]), tokens[start - 1].quoteIndex == nil { start -= 1 }
                // "His former partner, Lawrence B. Cummings, called him a master. “He showed …”"
                if let phrase = phraseBefore(tokens, cue: k, start: start), let head = phrase.words.first,
                   head.isCapitalized || NameLexicon.personalPronouns.contains(head.lower) {
                    return phrase
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    private static let hitBackVerbs: Set<String> = ["shot", "fired", "hit", "pushed", "snapped", "wrote", "struck", "punched"]
    private static let nounMarkers: Set<String> = ["in", "of", "with", "from", "by", "his", "her", "their"]
    private static let verbsAfterSubject: Set<String> = ["calls", "call", "states"]

    static func isCue(_ tokens: [FrameToken], _ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord else { return false }
        if t.lower == "according" { return k + 1 < tokens.count && tokens[k + 1].lower == "to" }
        let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
        if next == "back", Self.hitBackVerbs.contains(t.lower) { return true }
        if t.lower == "put" || t.lower == "puts", next == "it" { return true }
        if t.lower == "went", next == "on", k + 2 >= tokens.count || !tokens[k + 2].isWord { return true }  // "…,” Trump went on."
        // "a tweet", "his lament", "to slam": nouns and infinitives, not attributions.
        if k > 0, tokens[k - 1].isWord, !PhraseReader.isCount(tokens[k - 1].lower),
           NameLexicon.determiners.contains(tokens[k - 1].lower) || tokens[k - 1].lower == "to" {
            // …but "went on to say" is a cue.
            guard tokens[k - 1].lower == "to", k > 1, tokens[k - 2].lower == "on", CueLexicon.verbs.contains(t.lower) else { return false }
            return true
        }
        if t.lower.hasSuffix("s"), k > 0, Self.nounMarkers.contains(tokens[k - 1].lower) {
            // "in his tweets", "of posts": a plural noun, not a verb.
            return false
        }
        if Self.verbsAfterSubject.contains(t.lower), !t.isCapitalized, k > 0, tokens[k - 1].isWord,
           tokens[k - 1].isCapitalized || NameLexicon.personalPronouns.contains(tokens[k - 1].lower) {
            // "Trump calls it …", "He calls them …": a verb after its subject.
            return true
        }
        if CueLexicon.verbsBeforeThat.contains(t.lower), next == "that" || next == ":" { return true }
        if isNounAfterName(tokens, k) { return false }
        if t.lower == "reads" || t.lower == "read", k > 0, NameLexicon.sourceNouns.contains(tokens[k - 1].lower) { return true }
        // "United States", "Warren Hammers …": a capitalised word inside a name is not a cue.
        return CueLexicon.verbs.contains(t.lower) && !(t.isCapitalized && k > 0 && tokens[k - 1].isCapitalized)
    }

    /// "…,” Law said, noting …", "…,” said Fiorina, adding …": the main cue right before a participle.
    private static func mainCuePhrase(_ tokens: [FrameToken], beforeParticiple k: Int, from start: Int) -> SpeakerPhrase? {
        guard k - 2 >= start, tokens[k - 1].isPunctuation(",") else { return nil }
        var j = k - 2
        var after: [FrameToken] = []
        while j >= start, tokens[j].isWord, !isCue(tokens, j), after.count < 6 {
            after.insert(tokens[j], at: 0)
            j -= 1
        }
        guard j >= start, isCue(tokens, j), !CueLexicon.participles.contains(tokens[j].lower), tokens[j].lower != "according" else { return nil }
        let trailing = after.filter { !CueLexicon.timeWords.contains($0.lower) }
        if trailing.isEmpty { return phraseBefore(tokens, cue: j, start: start) }
        if let head = trailing.first, head.isCapitalized,
           ["said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "asked"].contains(tokens[j].lower) {
            return SpeakerPhrase(words: trailing, cue: tokens[j].lower)
        }
        return nil
    }

    /// "footage of Hillary Clinton asking", "a video showing Trump saying": the name shown speaks.
    private static func nameShown(_ tokens: [FrameToken], before k: Int, from start: Int) -> [FrameToken]? {
        var j = k - 1
        while j >= start, tokens[j].isWord, tokens[j].isCapitalized, k - j <= 4 { j -= 1 }
        guard j < k - 1, j >= start, tokens[j].isWord else { return nil }
        let shows = ["shows", "showed", "showing", "featuring", "features", "hear", "heard"].contains(tokens[j].lower)
        let recordingOf = tokens[j].lower == "of" && j > start
            && ["footage", "video", "clip", "recording", "audio", "tape", "image", "images", "photo", "videos"].contains(tokens[j - 1].lower)
        guard shows || recordingOf else { return nil }
        return Array(tokens[(j + 1)..<k])
    }

    /// "a Donald Trump tweet", "an Obama rant": a bare verb form after a singular name that an
    /// article opens is a noun.
    private static func isNounAfterName(_ tokens: [FrameToken], _ k: Int) -> Bool {
        let lower = tokens[k].lower
        guard !lower.hasSuffix("s"), !lower.hasSuffix("ed"), !lower.hasSuffix("ing") else { return false }
        var j = k - 1
        // A name is a few words: a run of capitals longer than that is not one (and scanning
        // it whole would make "Every Word Capitalised" text quadratic).
        while j >= 0, k - j <= 8, tokens[j].isWord, tokens[j].isCapitalized { j -= 1 }
        guard j < k - 1, j >= 0, tokens[j].isWord else { return false }
        return ["a", "an"].contains(tokens[j].lower)
    }

    private static func phraseBefore(_ tokens: [FrameToken], cue k: Int, start: Int) -> SpeakerPhrase? {
        var words = PhraseReader.backward(tokens, before: k, from: start)
        if words.isEmpty { words = appositiveSubject(tokens, before: k, from: start) ?? [] }
        if words.isEmpty, k - start <= rightWindow + 26 { words = firstSubject(tokens, from: start, before: k) ?? [] }
        while let head = words.first, words.count > 1, NameLexicon.sentenceWords.contains(head.lower),
              !NameWords.isHonorific(head.text) { words.removeFirst() }
        if words.count == 1, words[0].lower == "it", let at = tokens[start..<k].firstIndex(where: { $0.start == words[0].start }),
           let subject = firstSubject(tokens, from: start, before: at), let head = subject.first, head.isCapitalized,
           !NameLexicon.personalPronouns.contains(head.lower) {
            // "The Security Council … pledged sanctions against what it called “a clear threat.”"
            words = subject
        }
        guard !words.isEmpty else { return nil }
        return SpeakerPhrase(words: words, cue: tokens[k].lower)
    }

}
