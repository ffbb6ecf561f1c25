import Articles
import TextProcessing

/// Finds quotations paragraph by paragraph. Double marks of every style pair up by
/// context (a mark after a blank opens, before a blank closes); a quote left open
/// at the paragraph's end runs to that end. Single marks count only outside double
/// quotes and only where an apostrophe reading is impossible.
struct QuoteScanner: Sendable {
    /// Single-mark quotes longer than this are taken for stray apostrophes.
    let maxSingleQuoteLength = 160

    func quotes(in chars: [Unicode.Scalar], paragraphs: [TextSpan]) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let tags = MarkupTags.ranges(in: chars, from: paragraph.start, to: paragraph.end)
            let doubles = doubleQuotes(chars, paragraph, index, tags)
            let singles = singleQuotes(chars, paragraph, index, tags, outside: doubles)
            result.append(contentsOf: (doubles + singles).sorted { $0.markStart < $1.markStart })
        }
        return result
    }

    private enum Role { case opens, closes, either }

    private func doubleQuotes(
        _ chars: [Unicode.Scalar], _ paragraph: TextSpan, _ index: Int, _ tags: [Range<Int>]
    ) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openAt: (start: Int, contentStart: Int)?
        var nested = 0
        var i = paragraph.start
        var tagIndex = 0
        while i < paragraph.end {
            while tagIndex < tags.count, tags[tagIndex].upperBound <= i { tagIndex += 1 }
            if tagIndex < tags.count, tags[tagIndex].contains(i) { i = tags[tagIndex].upperBound; continue }
            let c = chars[i]
            var width = 0
            if QuoteMarks.isDouble(c) {
                width = 1
            } else if c == "'" || c == "`", i + 1 < paragraph.end, chars[i + 1] == c {
                width = 2
            }
            guard width > 0 else { i += 1; continue }
            let before: Unicode.Scalar? = i > paragraph.start ? chars[i - 1] : nil
            let after: Unicode.Scalar? = i + width < paragraph.end ? chars[i + width] : nil
            let role = role(of: c, width: width, before: before, after: after)
            if let open = openAt {
                if role == .opens, nested == 0, QuoteMarks.glyphOpens(c) == true || c == "\"" {
                    nested += 1
                } else if role != .opens {
                    if nested > 0 {
                        nested -= 1
                    } else {
                        if let span = makeSpan(chars, open.start, open.contentStart, i, i + width, index, true) {
                            spans.append(span)
                        }
                        openAt = nil
                    }
                }
            } else if role != .closes {
                openAt = (i, i + width)
                nested = 0
            }
            i += width
        }
        if let open = openAt,
           let span = makeSpan(chars, open.start, open.contentStart, paragraph.end, paragraph.end, index, false) {
            spans.append(span)
        }
        return spans
    }

    private func role(of c: Unicode.Scalar, width: Int, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Role {
        let leftBlank = QuoteMarks.isOpeningContext(before)
        let rightBlank = QuoteMarks.isClosingContext(after)
        if leftBlank && !rightBlank { return .opens }
        if rightBlank && !leftBlank { return .closes }
        if width == 1, let opens = QuoteMarks.glyphOpens(c) { return opens ? .opens : .closes }
        return .either
    }

    private func singleQuotes(
        _ chars: [Unicode.Scalar], _ paragraph: TextSpan, _ index: Int,
        _ tags: [Range<Int>], outside doubles: [QuoteSpan]
    ) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = paragraph.start
        var doubleIndex = 0
        while i < paragraph.end {
            while doubleIndex < doubles.count, doubles[doubleIndex].markEnd <= i { doubleIndex += 1 }
            if doubleIndex < doubles.count, doubles[doubleIndex].markStart <= i {
                i = doubles[doubleIndex].markEnd
                continue
            }
            if tags.contains(where: { $0.contains(i) }) { i += 1; continue }
            let c = chars[i]
            guard c == "'" || c == "\u{2018}" else { i += 1; continue }
            let before: Unicode.Scalar? = i > paragraph.start ? chars[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < paragraph.end ? chars[i + 1] : nil
            guard QuoteMarks.isOpeningContext(before), let first = after, ScalarClass.isAlphabetic(first),
                  !(before.map(QuoteMarks.isSingle) ?? false), !(after.map(QuoteMarks.isSingle) ?? false)
            else { i += 1; continue }
            let limit = min(paragraph.end, i + maxSingleQuoteLength)
            let nextDouble = doubleIndex < doubles.count ? doubles[doubleIndex].markStart : paragraph.end
            var j = i + 2
            var closeAt: Int?
            while j < min(limit, nextDouble) {
                let d = chars[j]
                if d == "'" || d == "\u{2019}" {
                    let next: Unicode.Scalar? = j + 1 < paragraph.end ? chars[j + 1] : nil
                    let prev = chars[j - 1]
                    let apostrophe = QuoteMarks.isWordCharacter(next) || (prev == "s" && next == " " && d == "'")
                    if !apostrophe, !ScalarClass.isWhitespace(prev), QuoteMarks.isClosingContext(next) {
                        closeAt = j
                        break
                    }
                }
                j += 1
            }
            if let close = closeAt,
               let span = makeSpan(chars, i, i + 1, close, close + 1, index, true) {
                spans.append(span)
                i = close + 1
            } else {
                i += 1
            }
        }
        return spans
    }

    /// "PENCE: Well, …" → "PENCE": upper-case words and a colon at the start of a quote.
    private func transcriptLabel(_ chars: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        var i = start
        var letters = 0
        while i < end, i - start < 30 {
            let c = chars[i]
            if ScalarClass.isUppercase(c) { letters += 1 } else if c != " " && c != "." && c != "-" && c != "'" { break }
            i += 1
        }
        guard letters >= 3, i < end, chars[i] == ":" else { return nil }
        return WordText.string(chars[start..<i])
    }

    private func makeSpan(
        _ chars: [Unicode.Scalar], _ markStart: Int, _ contentStart: Int, _ contentEnd: Int,
        _ markEnd: Int, _ paragraph: Int, _ closed: Bool
    ) -> QuoteSpan? {
        var lower = contentStart
        var upper = contentEnd
        while lower < upper, ScalarClass.isWhitespace(chars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(chars[upper - 1]) { upper -= 1 }
        guard upper > lower, chars[lower..<upper].contains(where: QuoteMarks.isWordCharacter) else { return nil }
        return QuoteSpan(
            markStart: markStart, contentStart: lower, contentEnd: upper,
            markEnd: markEnd, paragraph: paragraph, closed: closed,
            endsSentence: [".", "!", "?", "\u{2026}"].contains(chars[upper - 1]),
            endsClause: [".", "!", "?", "\u{2026}", ",", ";", ":", "-", "\u{2014}", "\u{2013}"].contains(chars[upper - 1]),
            label: transcriptLabel(chars, from: lower, to: upper))
    }
}
