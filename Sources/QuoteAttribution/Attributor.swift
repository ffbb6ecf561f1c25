/// Gives every quote a speaker, in this order:
/// 1. a cue in its own sentence ("…,” Blinken said", "Blinken said that “…”", "…, saying “…”");
/// 2. for a quote worked into a sentence without a cue, that sentence's subject when it is a
///    person the article already knows ("Reid has gone after Trump as a “con artist”");
/// 3. the other quotes of its paragraph ("“A,” he said. “B.”");
/// 4. the previous paragraph, when the quote opens a paragraph with no cue of its own (a speech
///    running on, or "Sanders made the following comment:");
/// 5. the subject of the sentence just before it, again only a known person ("Bystrom agreed.").
/// Anything else keeps a nil speaker: a wrong speaker is worse than none.
enum Attributor {
    struct Attribution: Sendable {
        var speaker: SpeakerResolver.Speaker?
        var cue: String?
        /// True when a cue phrase was found, even if it could not be resolved.
        var cued = false
    }

    /// How many paragraphs back the last speaker still takes a "he said".
    static let speakerMemory = 1

    static func attribute(
        _ quotes: [QuoteSpan], _ tokensByParagraph: [[FrameToken]], _ directory: inout PersonDirectory
    ) -> [Attribution] {
        var result = [Attribution](repeating: Attribution(), count: quotes.count)
        var carried: Attribution?
        var lastSpeaker: (person: Int, paragraph: Int)?
        for (paragraph, tokens) in tokensByParagraph.enumerated() {
            let positions = tokens.indices.filter { tokens[$0].quoteIndex != nil }
            let previousStart = paragraph > 0 ? tokensByParagraph[paragraph - 1].first?.start : nil
            for position in positions {
                guard let index = tokens[position].quoteIndex else { continue }
                if let label = quotes[index].label {
                    let person = directory.person(named: [label])
                    let speaker = person.map { SpeakerResolver.Speaker(name: directory.people[$0].name, id: directory.people[$0].id, person: $0) }
                        ?? SpeakerResolver.Speaker(name: label, id: nil, person: nil)
                    result[index] = Attribution(speaker: speaker, cue: ":", cued: true)
                    continue
                }
                if let phrase = phrase(for: quotes[index], at: position, in: tokens, quotes) {
                    let context = SpeakerResolver.Context(
                        lastSpeaker: lastSpeaker.flatMap { paragraph - $0.paragraph <= Self.speakerMemory ? $0.person : nil },
                        recentFrom: previousStart ?? tokens.first?.start ?? 0)
                    let speaker = SpeakerResolver.resolve(phrase, in: &directory, context: context)
                    result[index] = Attribution(speaker: speaker, cue: phrase.cue, cued: true)
                    if let person = speaker?.person { lastSpeaker = (person, paragraph) }
                }
            }
            if paragraph + 1 < tokensByParagraph.count, let trailer = trailerName(tokensByParagraph[paragraph + 1]) {
                let context = SpeakerResolver.Context(lastSpeaker: nil, recentFrom: tokens.first?.start ?? 0)
                let speaker = SpeakerResolver.resolve(SpeakerPhrase(words: trailer, cue: "-"), in: &directory, context: context)
                for position in positions {
                    if let index = tokens[position].quoteIndex, !result[index].cued {
                        result[index] = Attribution(speaker: speaker, cue: "-", cued: true)
                    }
                }
            }
            let cuedInParagraph = positions.contains { tokens[$0].quoteIndex.map { result[$0].cued } ?? false }
            // The nearest cued quote on each side, kept as the loop goes rather than searched
            // for each quote (quadratic in a paragraph of thousands of quotes). Later quotes
            // are not changed before their turn, so the following one can be found up front.
            var nextCued = [Int?](repeating: nil, count: positions.count)
            var following: Int?
            for n in positions.indices.reversed() {
                nextCued[n] = following
                if let i = tokens[positions[n]].quoteIndex, result[i].cued { following = i }
            }
            var previousCued: Int?
            for (n, position) in positions.enumerated() {
                defer { if let i = tokens[position].quoteIndex, result[i].cued { previousCued = i } }
                guard let index = tokens[position].quoteIndex, !result[index].cued else { continue }
                if let own = subjectAttribution(tokens, position, quotes, &directory, recentFrom: previousStart ?? tokens.first?.start ?? 0) {
                    // A quote worked into a sentence belongs to that sentence's subject, not to a neighbour.
                    result[index] = own
                } else if let donor = previousCued ?? nextCued[n] {
                    result[index] = result[donor]
                } else if !cuedInParagraph, position == 0, let carried {
                    result[index] = carried
                } else if let phrase = SpeakerRules.earlierInParagraph(tokens, quoteAt: position) {
                    let context = SpeakerResolver.Context(
                        lastSpeaker: lastSpeaker.flatMap { paragraph - $0.paragraph <= Self.speakerMemory ? $0.person : nil },
                        recentFrom: previousStart ?? tokens.first?.start ?? 0)
                    result[index] = Attribution(
                        speaker: SpeakerResolver.resolve(phrase, in: &directory, context: context), cue: phrase.cue, cued: true)
                } else if let phrase = position > 0
                            ? SpeakerRules.lastSentenceSubject(tokens, before: position)
                            : (!cuedInParagraph && paragraph > 0
                               ? SpeakerRules.lastSentenceSubject(tokensByParagraph[paragraph - 1], before: tokensByParagraph[paragraph - 1].count)
                               : nil),
                          let own = knownPerson(phrase, &directory, recentFrom: previousStart ?? tokens.first?.start ?? 0) {
                    // "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”"
                    result[index] = own
                }
            }
            carried = carry(tokens, positions, result, quotes, &directory)
        }
        return result
    }

    private static func phrase(
        for quote: QuoteSpan, at position: Int, in tokens: [FrameToken], _ quotes: [QuoteSpan]
    ) -> SpeakerPhrase? {
        let endsSentence = quote.endsSentence
        let right = SpeakerRules.right(tokens, quoteAt: position, endsSentence: endsSentence, endsClause: quote.endsClause)
        if let right, right.strong { return right.0 }
        return SpeakerRules.left(tokens, quoteAt: position, endsSentence: { quotes[$0].endsSentence }) ?? right?.0
    }

    /// "Reid has gone after Trump as a “human leech”": the sentence's subject, when it is a person
    /// the article already knows ("Likewise" or "The deal" are no sources). Not `cued`, so a work
    /// title in such a sentence is still dropped.
    private static func subjectAttribution(
        _ tokens: [FrameToken], _ position: Int, _ quotes: [QuoteSpan], _ directory: inout PersonDirectory, recentFrom: Int
    ) -> Attribution? {
        guard let phrase = SpeakerRules.sentenceSubject(tokens, quoteAt: position, endsSentence: { quotes[$0].endsSentence }) else {
            return nil
        }
        return knownPerson(phrase, &directory, recentFrom: recentFrom)
    }

    /// The attribution to `phrase` when it names a person the article already knows; nil otherwise.
    private static func knownPerson(_ phrase: SpeakerPhrase, _ directory: inout PersonDirectory, recentFrom: Int) -> Attribution? {
        var trial = directory
        guard let speaker = SpeakerResolver.resolve(phrase, in: &trial, context: SpeakerResolver.Context(lastSpeaker: nil, recentFrom: recentFrom)),
              let person = speaker.person, person < directory.people.count else { return nil }
        directory = trial
        return Attribution(speaker: speaker, cue: phrase.cue)
    }

    /// What the next paragraph inherits when it opens with an uncued quote.
    private static func carry(
        _ tokens: [FrameToken], _ positions: [Int], _ result: [Attribution], _ quotes: [QuoteSpan],
        _ directory: inout PersonDirectory
    ) -> Attribution? {
        guard let lastToken = tokens.last else { return nil }
        if lastToken.isPunctuation(":"), let k = tokens.indices.last(where: { SpeakerRules.isCue(tokens, $0) }) {
            let words = PhraseReader.backward(tokens, before: k, from: 0)
            if !words.isEmpty {
                let phrase = SpeakerPhrase(words: words, cue: tokens[k].lower)
                let context = SpeakerResolver.Context(lastSpeaker: nil, recentFrom: tokens.first?.start ?? 0)
                return Attribution(
                    speaker: SpeakerResolver.resolve(phrase, in: &directory, context: context), cue: phrase.cue, cued: true)
            }
        }
        if lastToken.isPunctuation(":"), positions.isEmpty {
            // "On July 6, 2015, Sanders made the following comment:" — the sentence's subject speaks next.
            var start = tokens.count - 1
            while start > 0, !PhraseReader.isSentenceEnd(tokens[start - 1]) { start -= 1 }
            if let words = SpeakerRules.firstSubject(tokens, from: start, before: tokens.count - 1), let head = words.first,
               head.isCapitalized, !NameLexicon.personalPronouns.contains(head.lower) {
                let context = SpeakerResolver.Context(lastSpeaker: nil, recentFrom: tokens.first?.start ?? 0)
                let speaker = SpeakerResolver.resolve(SpeakerPhrase(words: words, cue: ":"), in: &directory, context: context)
                return Attribution(speaker: speaker, cue: ":", cued: true)
            }
        }
        let attributed = positions.compactMap { tokens[$0].quoteIndex }.filter { result[$0].speaker != nil }
        return attributed.last.map { result[$0] }
    }

    /// "- Bernie Sanders." under a quote paragraph names its speaker.
    static func trailerName(_ tokens: [FrameToken]) -> [FrameToken]? {
        guard tokens.count >= 2, tokens.count <= 8, let first = tokens.first,
              ["-", "\u{2014}", "\u{2013}"].contains(first.text), first.kind == .punctuation else { return nil }
        let words = tokens.dropFirst().prefix { !$0.isPunctuation(",") }.filter(\.isWord)
        guard !words.isEmpty, words.allSatisfy({ $0.isCapitalized || $0.lower == "of" }) else { return nil }
        return Array(words)
    }
}
