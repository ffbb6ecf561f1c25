import Articles
import TextProcessing

/// Quote marks also wrap names of shows, books and slogans ("Saturday Night Live",
/// “The Art of the Deal”). A short title-case span that nobody is said to have said is a
/// name, not a quotation.
enum WorkTitleRule {
    static let maxWords = 9
    private static let minorWords: Set<String> = [
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "vs",
    ]

    private static let titleLeadIns: Set<String> = ["on", "in", "at", "from", "of", "titled", "entitled", "named", "show", "book", "film", "movie", "program", "song", "album"]

    /// "CNN’s “State of the Union”", "on ''Morning Joe''", "the book ''Trump Revealed''": a name's lead-in.
    static func followsTitleContext(_ chars: [Unicode.Scalar], before markStart: Int) -> Bool {
        var i = markStart - 1
        while i >= 0, ScalarClass.isWhitespace(chars[i]) { i -= 1 }
        var j = i
        while j >= 0, ScalarClass.isAlphabetic(chars[j]) || chars[j] == "'" || chars[j] == "\u{2019}" { j -= 1 }
        guard j < i else { return false }
        let word = WordText.string(chars[(j + 1)...i]).lowercased()
        return word.hasSuffix("'s") || titleLeadIns.contains(word)
    }

    /// "'Coal Isn't the Villain.'" alone on its line: a section heading in single marks
    /// (a newspaper style), not a quotation, even when a speaker would carry over to it.
    static func isSubheading(_ span: QuoteSpan, chars: [Unicode.Scalar], paragraph: TextSpan) -> Bool {
        guard QuoteMarks.isSingle(chars[span.markStart]), span.closed else { return false }
        var start = paragraph.start
        var end = paragraph.end
        while start < end, ScalarClass.isWhitespace(chars[start]) { start += 1 }
        while end > start, ScalarClass.isWhitespace(chars[end - 1]) { end -= 1 }
        guard start == span.markStart, end == span.markEnd else { return false }
        var content = span.contentEnd
        while content > span.contentStart, [".", "!", "?"].contains(chars[content - 1]) { content -= 1 }
        return isWorkTitle(chars[span.contentStart..<content])
    }

    static func isWorkTitle(_ chars: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = 0
        var capitalised = 0
        var word = String.UnicodeScalarView()
        func finish() -> Bool {
            defer { word = String.UnicodeScalarView() }
            guard let first = word.first else { return true }
            words += 1
            if ScalarClass.isUppercase(first) || ScalarClass.isLetterNumberOrDiacritic(first) && !ScalarClass.isAlphabetic(first) {
                capitalised += 1
                return true
            }
            return minorWords.contains(String(word))
        }
        for c in chars {
            if ScalarClass.isLetterNumberOrDiacritic(c) || c == "'" || c == "\u{2019}" || c == "-" {
                word.append(c)
            } else if !finish() {
                return false
            }
            if words > maxWords { return false }
        }
        guard finish() else { return false }
        return capitalised > 0 && words <= maxWords
    }
}
