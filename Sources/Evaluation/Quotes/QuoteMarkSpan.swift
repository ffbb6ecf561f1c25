import QuoteAttribution
/// Widens a quote's span (marks excluded, as `Quote` stores it) to include its marks,
/// as gold data and the scorer count them.
public enum QuoteMarkSpan {
    public static func withMarks(start: Int, end: Int, in chars: [Unicode.Scalar]) -> (start: Int, end: Int) {
        var lower = max(0, min(start, chars.count))
        var upper = max(lower, min(end, chars.count))
        while lower > 0, chars[lower - 1] == " " { lower -= 1 }
        if lower > 0, isMark(chars[lower - 1]) {
            lower -= 1
            if lower > 0, chars[lower] == "'" || chars[lower] == "`", chars[lower - 1] == chars[lower] { lower -= 1 }
        } else {
            lower = max(0, min(start, chars.count))
        }
        var probe = upper
        while probe < chars.count, chars[probe] == " " { probe += 1 }
        if probe < chars.count, isMark(chars[probe]) {
            upper = probe + 1
            if upper < chars.count, chars[probe] == "'", chars[upper] == "'" { upper += 1 }
        }
        return (lower, upper)
    }

    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        QuoteMarks.isDouble(c) || QuoteMarks.isSingle(c) || c == "`"
    }
}
