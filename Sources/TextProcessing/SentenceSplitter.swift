/// Groups tokens into sentences for news English.
///
/// A sentence ends at ".", "!", "?" or "…" (possibly followed by closing quotes
/// or brackets) when the next token does not start with a lower-case letter, and
/// always at a blank line. Abbreviations ("Dr.", "U.S.") are single tokens from the
/// tokenizer, so their periods never end a sentence here.
public enum SentenceSplitter {
    /// Token-index ranges, in order, covering every token exactly once.
    public static func sentences(in text: String, tokens: [Token]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var sentenceStart = 0
        for k in 1..<tokens.count {
            if isBoundary(before: k, tokens: tokens, scalars: scalars) {
                result.append(sentenceStart..<k)
                sentenceStart = k
            }
        }
        result.append(sentenceStart..<tokens.count)
        return result
    }

    static func isBoundary(before k: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        if hasBlankLine(scalars, from: tokens[k - 1].end, to: tokens[k].start) { return true }
        if isClosing(tokens[k], after: tokens[k - 1]) { return false }
        var p = k - 1
        while p > 0, k - p <= 3, closers.contains(tokens[p].text) { p -= 1 }
        guard terminals.contains(tokens[p].text) || tokens[p].text.hasPrefix("..") else { return false }
        guard let first = tokens[k].text.unicodeScalars.first else { return false }
        return !ScalarClass.isLowercase(first)
    }

    /// "”", ")" always close; a straight quote closes when it touches the previous token.
    static func isClosing(_ token: Token, after previous: Token) -> Bool {
        if token.text == "\"" || token.text == "'" { return token.start == previous.end }
        return closers.contains(token.text)
    }

    static func hasBlankLine(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var newlines = 0
        var i = from
        while i < to, i < s.count {
            if s[i] == "\r", i + 1 < to, s[i + 1] == "\n" {
                i += 1
            }
            if ScalarClass.isNewline(s[i]) { newlines += 1 }
            if newlines >= 2 { return true }
            i += 1
        }
        return false
    }

    static let terminals: Set<String> = [".", "!", "?", "…", "!!", "??", "!!!", "???"]
    static let closers: Set<String> = ["\"", "'", "\u{2019}", "\u{201D}", ")", "]", "»", "\u{203A}"]
}
