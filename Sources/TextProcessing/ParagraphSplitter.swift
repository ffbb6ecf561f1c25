import Articles

/// Paragraph spans for text that came without them, and a guard for spans that came
/// with it. Quote attribution bounds every quotation by a paragraph, so it needs spans
/// even for plain text the cleaner did not split.
package enum ParagraphSplitter {
    /// One span per non-blank line ("\n" ends a line; news text puts one paragraph per
    /// line and blank lines only separate them), trimmed of Unicode White_Space at both
    /// ends. Zero-width spaces are not trimmed (`ScalarClass.isWhitespace`): quote
    /// attribution has always bounded its spans this way, and its records depend on it.
    package static func paragraphs(in chars: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var index = 0
        while index <= chars.count {
            if index == chars.count || chars[index] == "\n" {
                if let trimmed = trim(start, index, chars) { spans.append(trimmed) }
                start = index + 1
            }
            index += 1
        }
        return spans
    }

    /// Clamps given spans to the text and drops empty or out-of-order ones, so
    /// malformed input can never index out of bounds.
    package static func sanitized(_ spans: [TextSpan], count: Int) -> [TextSpan] {
        var result: [TextSpan] = []
        var lastEnd = 0
        for span in spans {
            let start = max(span.start, lastEnd)
            let end = min(span.end, count)
            if end > start {
                result.append(TextSpan(start: start, end: end))
                lastEnd = end
            }
        }
        return result
    }

    private static func trim(_ start: Int, _ end: Int, _ chars: [Unicode.Scalar]) -> TextSpan? {
        var lower = start
        var upper = end
        while lower < upper, ScalarClass.isWhitespace(chars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(chars[upper - 1]) { upper -= 1 }
        return upper > lower ? TextSpan(start: lower, end: upper) : nil
    }
}
