import Articles

/// Splits text into paragraph spans when the cleaner gave none, so quotes can be
/// bounded by paragraphs. Every non-blank line is a paragraph (news text puts one
/// paragraph per line; blank lines only separate them).
enum ParagraphSplitter {
    static func paragraphs(in chars: [Unicode.Scalar]) -> [TextSpan] {
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
    static func sanitized(_ spans: [TextSpan], count: Int) -> [TextSpan] {
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
        while lower < upper, chars[lower].isWhitespaceScalar { lower += 1 }
        while upper > lower, chars[upper - 1].isWhitespaceScalar { upper -= 1 }
        return upper > lower ? TextSpan(start: lower, end: upper) : nil
    }
}
