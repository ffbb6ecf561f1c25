import TextProcessing

/// Reads noun phrases off a token run, forwards ("said Steven Brill, author of ...")
/// or backwards ("US Secretary of State Antony Blinken said"). Phrases stop at
/// punctuation, clauses and prepositions other than "of", so only the speaker is kept.
enum PhraseReader {
    static let maxWords = 10
    private static let connectors: Set<String> = ["of", "de", "van", "von", "del", "la", "le", "bin", "al", "da", "du", "and", "&"]
    private static let stops: Set<String> = [
        "who", "which", "that", "whose", "whom", "for", "in", "on", "at", "during", "to", "with", "from",
        "about", "after", "before", "when", "while", "as", "by", "into", "over", "because", "if",
        "but", "or", "than", "last", "this", "is", "was", "has", "had", "will", "would", "in", "not",
    ]

    private static let prepositions: Set<String> = [
        "in", "at", "on", "during", "from", "with", "after", "before", "by", "into", "over", "about", "for", "to", "of",
    ]

    /// The phrase starting at `start`. `greedy` (after a cue: "said former Wisconsin Gov. Jim
    /// Doyle") keeps every word up to a clause boundary; otherwise (a subject before its verb)
    /// a description stops at its head noun and a name at its first lower-case word.
    static func forward(_ tokens: [FrameToken], from start: Int, to end: Int, greedy: Bool = false) -> [FrameToken] {
        var i = start
        while i < end, tokens[i].isWord, !prepositions.contains(tokens[i].lower),
              CueLexicon.timeWords.contains(tokens[i].lower) || isAdverbial(tokens[i]) { i += 1 }
        guard i < end, tokens[i].isWord, !prepositions.contains(tokens[i].lower) else { return [] }
        if NameLexicon.personalPronouns.contains(tokens[i].lower) { return [tokens[i]] }
        var words: [FrameToken] = []
        var description = !tokens[i].isCapitalized || NameLexicon.determiners.contains(tokens[i].lower)
        while i < end, words.count < maxWords {
            let t = tokens[i]
            guard t.isWord else { break }
            if !words.isEmpty, stops.contains(t.lower) || isPronoun(t) || CueLexicon.verbs.contains(t.lower) { break }
            if words.isEmpty, stops.contains(t.lower) { break }
            if !greedy, description, words.contains(where: { !NameLexicon.determiners.contains($0.lower) }), !t.isCapitalized,
               isVerbLike(t.lower) {
                // "Hillary Clinton's right-hand woman rallied supporters": the description ends at its verb.
                break
            }
            if !greedy, !description, !words.isEmpty, !t.isCapitalized, !connectors.contains(t.lower), !isTitleWord(t.lower) {
                // "Scott's family has called": the possessive name is not the subject, its noun is.
                guard let previous = words.last, isPossessive(previous) else { break }
                description = true
            }
            words.append(t)
            i += 1
            if !greedy, description, words.count > 1, isHeadNoun(t.lower), !(i < end && tokens[i].isWord && isHeadNoun(tokens[i].lower)) { break }
        }
        while let last = words.last, connectors.contains(last.lower) || NameLexicon.determiners.contains(last.lower) {
            words.removeLast()
        }
        return words
    }

    /// The phrase ending just before `end`, not reaching before `start`.
    static func backward(_ tokens: [FrameToken], before end: Int, from start: Int, relative: Bool = false) -> [FrameToken] {
        var j = end - 1
        while j >= start, tokens[j].isWord, isAdverbial(tokens[j]) { j -= 1 }
        guard j >= start else { return [] }
        if tokens[j].isPunctuation(")") {
            var k = j - 1
            while k >= start, !tokens[k].isPunctuation("(") { k -= 1 }
            guard k > start else { return [] }
            j = k - 1
        }
        if tokens[j].isPunctuation(",") { return [] }
        guard j >= start, tokens[j].isWord else { return [] }
        let first = tokens[j]
        if first.lower == "who" || first.lower == "which", !relative, j - 1 >= start {
            let before = tokens[j - 1].isPunctuation(",") ? j - 1 : j
            let antecedent = backward(tokens, before: before, from: start, relative: true)
            // "Braynard, a South Carolina native who writes": the name the appositive describes.
            if let head = antecedent.first, NameLexicon.determiners.contains(head.lower),
               let i = tokens[start..<before].firstIndex(where: { $0.start == head.start }), i - 1 > start,
               tokens[i - 1].isPunctuation(",") {
                let name = backward(tokens, before: i - 1, from: start, relative: true)
                if let first = name.first, first.isCapitalized, name.allSatisfy({ $0.isCapitalized || connectors.contains($0.lower) }) {
                    return name
                }
            }
            return antecedent
        }
        if NameLexicon.personalPronouns.contains(first.lower) { return [first] }
        // "Sherry smiled and said": the subject is the clause's, not a phrase here.
        if first.lower == "and" { return [] }
        var words: [FrameToken] = []
        var pending: [FrameToken] = []
        while j >= start, words.count + pending.count < maxWords {
            let t = tokens[j]
            guard t.isWord else { break }
            if isPronoun(t) && !NameLexicon.determiners.contains(t.lower) { break }
            if CueLexicon.verbs.contains(t.lower) || stops.contains(t.lower) { break }
            if isAdverbial(t), words.isEmpty {
                // "a reporter can be heard asking": the verb chain is not the subject.
                pending = []
                j -= 1
                continue
            }
            if NameLexicon.determiners.contains(t.lower), !(isCount(t.lower) && j > start && tokens[j - 1].lower == "of") {
                words = [t] + pending + words
                pending = []
                j -= 1
                // "Speaker of the House Rep. Paul Ryan": a title runs on through "of the".
                if j - 1 >= start, tokens[j].lower == "of", tokens[j - 1].isCapitalized, !words.isEmpty, words.count > 1,
                   words[1].isCapitalized {
                    continue
                }
                break
            }
            if t.isCapitalized, !pending.isEmpty, pending.count <= 2, words.isEmpty, pending.allSatisfy({ !$0.isCapitalized }),
               let opener = capitalizedModifiersOpen(tokens, at: j, from: start) {
                // "the Gawker employee", "The U.S. media": names modify a common-noun head.
                words = Array(tokens[opener...j]) + pending
                pending = []
                j = opener - 1
                break
            }
            if t.isCapitalized, j == start, !pending.isEmpty, words.first?.lower == "of", pending.allSatisfy({ !$0.isCapitalized }),
               !isPossessive(t), !NameLexicon.determiners.contains(t.lower) {
                // "Small groups of protesters continued": a sentence's first word is capitalised anyway.
                words = [t] + pending + words
                pending = []
                j -= 1
                break
            }
            if t.isCapitalized || connectors.contains(t.lower) {
                // "Scott's family", "Gary Johnson's doctor": a possessive name opens a description.
                // "mother of three": a count after "of" belongs to the description.
                if !pending.allSatisfy({ isTitleWord($0.lower) || isHeadNoun($0.lower) || (t.lower == "of" && isCount($0.lower)) }),
                   !(words.isEmpty && isPossessive(t)) { break }
                words = [t] + pending + words
                pending = []
            } else {
                pending.insert(t, at: 0)
                if pending.count > 4 { break }
            }
            j -= 1
        }
        if words.isEmpty, pending.count <= 2, pending.contains(where: { isHeadNoun($0.lower) }) {
            // "carrying signs saying": the sign, not the verb that holds it.
            words = Array(pending.drop { $0.lower.hasSuffix("ing") || $0.lower.hasSuffix("ed") })
        }
        // "11% of Democratic claims": a share of something is no speaker.
        if !relative, words.first?.lower == "of", j >= start,
           tokens[j].text == "%" || ["percent", "most", "half", "majority", "share"].contains(tokens[j].lower)
            || tokens[j].text.unicodeScalars.first.map(ScalarClass.isASCIIDigit) == true {
            return []
        }
        while let head = words.first, connectors.contains(head.lower) { words.removeFirst() }
        // "in a later interview said": the phrase is a prepositional object, not the subject.
        if !relative, j >= start, tokens[j].isWord, prepositions.contains(tokens[j].lower) || objectPrepositions.contains(tokens[j].lower),
           let head = words.first, !head.isCapitalized || (isPossessive(head) && words.last?.isCapitalized == false) {
            return []
        }
        return words
    }

    /// Where "the Gawker", "An Egyptian", "The U.S." opens: the determiner before a run of capitalised
    /// words ending at `j`; nil without one.
    private static func capitalizedModifiersOpen(_ tokens: [FrameToken], at j: Int, from start: Int) -> Int? {
        var i = j
        while i >= start, tokens[i].isWord, tokens[i].isCapitalized, !NameLexicon.determiners.contains(tokens[i].lower), j - i < 4 {
            i -= 1
        }
        guard i >= start, tokens[i].isWord, ["the", "a", "an"].contains(tokens[i].lower) else { return nil }
        return i
    }

    /// Prepositions whose object is never the subject: "marching through the streets chanted".
    private static let objectPrepositions: Set<String> = [
        "through", "across", "around", "near", "behind", "under", "outside", "inside", "among", "against",
        "toward", "towards", "within", "without", "along", "beyond", "than", "like", "between", "amid",
    ]

    /// True for a preposition that opens an adverbial after a cue: "said in a statement".
    static func startsAdverbial(_ token: FrameToken) -> Bool {
        token.isWord && (prepositions.contains(token.lower) || objectPrepositions.contains(token.lower))
    }

    static func isCount(_ lower: String) -> Bool {
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].contains(lower)
            || (!lower.isEmpty && lower.unicodeScalars.allSatisfy { ScalarClass.isASCIIDigit($0) })
    }

    /// Past tenses, participles and auxiliaries: "rallied", "wanting", "has".
    static func isVerbLike(_ lower: String) -> Bool {
        (lower.count > 4 && (lower.hasSuffix("ed") || lower.hasSuffix("ing"))) || CueLexicon.auxiliaries.contains(lower)
            || ["shows", "says", "makes", "takes", "gives", "wants", "needs"].contains(lower)
    }

    /// "Scott's", "Johnson’s" (the lower form has straight apostrophes).
    static func isPossessive(_ token: FrameToken) -> Bool {
        token.lower.hasSuffix("'s") && token.lower.count > 2
    }

    /// Auxiliaries and -ly adverbs between a subject and its verb: "has also", "then loudly".
    private static let lyNouns: Set<String> = ["only", "family", "ally", "rally", "italy", "assembly", "supply", "reply", "july"]

    static func isAdverbial(_ token: FrameToken) -> Bool {
        CueLexicon.auxiliaries.contains(token.lower) || CueLexicon.timeWords.contains(token.lower)
            || (!token.isCapitalized && token.lower.utf8.count > 4 && token.lower.hasSuffix("ly") && !lyNouns.contains(token.lower))
    }

    /// "us" is a pronoun; "US" is the country.
    static func isPronoun(_ token: FrameToken) -> Bool {
        NameLexicon.isPronoun(token.lower) && token.text != "US" && token.text != "IT"
    }

    static func isTitleWord(_ lower: String) -> Bool {
        NameLexicon.titles.contains(lower) || NameLexicon.personTitles.contains(lower) || NameLexicon.relationWords.contains(lower)
    }

    /// Nouns for people (not outlets or documents): "executive", "spokesman", "senator".
    static func isPersonNoun(_ lower: String) -> Bool {
        isTitleWord(lower) || (isHeadNoun(lower) && !NameLexicon.sourceNouns.contains(lower))
    }

    /// Nouns that can head a description of a speaker: "the president", "a campaign spokesman".
    static func isHeadNoun(_ lower: String) -> Bool {
        if isTitleWord(lower) || NameLexicon.sourceNouns.contains(lower) { return true }
        if lower.hasSuffix("sist") || lower.hasSuffix("xist") || lower.hasSuffix("sists") { return false }  // "resist", "exist"
        for suffix in ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "woman", "women", "ees", "ants", "ents"]
        where lower.count > suffix.count + 2 && lower.hasSuffix(suffix) {
            return true
        }
        return false
    }

    static func isSentenceEnd(_ token: FrameToken) -> Bool {
        token.kind == .punctuation && (token.text == "." || token.text == "!" || token.text == "?")
    }
}
