import Articles
import TextProcessing

/// Cuts a paragraph into words and punctuation, turning each quotation into one
/// token. Periods stay on abbreviations and initials ("Sen.", "U.S.", "J.") so a
/// bare "." token always ends a sentence.
enum FrameTokenizer {
    static func tokens(
        _ chars: [Unicode.Scalar], paragraph: TextSpan, quotes: [QuoteSpan], quoteIndices: Range<Int>
    ) -> [FrameToken] {
        var tokens: [FrameToken] = []
        tokens.reserveCapacity((paragraph.end - paragraph.start) / 4)
        let tags = MarkupTags.ranges(in: chars, from: paragraph.start, to: paragraph.end)
        var nextQuote = quoteIndices.lowerBound
        var tagIndex = 0
        var i = paragraph.start
        while i < paragraph.end {
            if nextQuote < quoteIndices.upperBound, quotes[nextQuote].markStart == i {
                tokens.append(FrameToken(kind: .quote(nextQuote), start: i, end: quotes[nextQuote].markEnd, text: "", lower: ""))
                i = max(quotes[nextQuote].markEnd, i + 1)
                nextQuote += 1
                continue
            }
            while tagIndex < tags.count, tags[tagIndex].upperBound <= i { tagIndex += 1 }
            if tagIndex < tags.count, tags[tagIndex].lowerBound == i { i = tags[tagIndex].upperBound; continue }
            let c = chars[i]
            if ScalarClass.isWhitespace(c) { i += 1; continue }
            if QuoteMarks.isWordCharacter(c) {
                let end = wordEnd(chars, from: i, limit: paragraph.end)
                var (text, lower) = WordText.strings(chars[i..<end])
                if end - i <= 6, chars[i..<end].contains(where: { $0 == "'" || $0 == "\u{2019}" }),
                   let apostrophe = lower.firstIndex(of: "'"), NameLexicon.personalPronouns.contains(String(lower[..<apostrophe])) {
                    // "He's claiming": the pronoun is the subject.
                    lower = String(lower[..<apostrophe])
                    text = String(text.prefix(lower.count))
                }
                tokens.append(FrameToken(kind: .word, start: i, end: end, text: text, lower: lower))
                i = end
            } else {
                let text = String(Character(c))
                tokens.append(FrameToken(kind: .punctuation, start: i, end: i + 1, text: text, lower: text))
                i += 1
            }
        }
        return tokens
    }

    private static func wordEnd(_ chars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        var segmentStart = start
        while i < limit {
            let c = chars[i]
            if ScalarClass.isLetterNumberOrDiacritic(c) { i += 1; continue }
            let next: Unicode.Scalar? = i + 1 < limit ? chars[i + 1] : nil
            if c == "/", i > start, ScalarClass.isASCIIDigit(chars[i - 1]), let next, ScalarClass.isASCIIDigit(next) {
                // "9/11", "24/7": one word.
                i += 1
                continue
            }
            if (c == "'" || c == "\u{2019}" || c == "-" || c == "&"), QuoteMarks.isWordCharacter(next) {
                i += 1
                continue
            }
            if c == ".", i + 1 < limit, chars[i + 1] == ")" {
                // "(D-Mo.)": the period closes an abbreviation inside brackets, not a sentence.
                return i + 1
            }
            if c == "." {
                // "R-Ky.": the abbreviation is the part after the hyphen.
                if let hyphen = chars[segmentStart..<i].lastIndex(of: "-") { segmentStart = hyphen + 1 }
                let singleLetter = i - segmentStart == 1 && ScalarClass.isAlphabetic(chars[segmentStart])
                if singleLetter || (i - segmentStart <= 5 && Abbreviations.isKnown(WordText.string(chars[segmentStart..<i]), by: .quoteFrames)) {
                    i += 1
                    if i < limit, ScalarClass.isAlphabetic(chars[i]), i + 1 < limit, chars[i + 1] == "." {
                        segmentStart = i
                        continue
                    }
                    return i
                }
            }
            return i
        }
        return i
    }
}
