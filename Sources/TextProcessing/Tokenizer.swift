/// Splits news English into tokens with code-point offsets.
///
/// Keeps together what a reader sees as one word: abbreviations ("U.S.", "Dr.",
/// "Jan."), numbers ("19,667", "1.5bn"), hyphenated names ("Israel-Hamas"),
/// names with inner apostrophes ("O’Brien"), URLs and e-mail addresses. Splits
/// off possessives and clitics ("Hamas" "’s", "does" "n’t"), quotes (straight
/// and curly), dashes and other punctuation. Never drops a non-space character.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 4)
        var i = 0
        while i < scalars.count {
            if ScalarClass.isSpace(scalars[i]) {
                i += 1
                continue
            }
            let end = tokenEnd(scalars, from: i)
            tokens.append(Token(text: makeString(scalars[i..<end]), start: i, end: end))
            i = end
        }
        return tokens
    }

    static func makeString(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    /// End (exclusive) of the token starting at the non-space scalar `i`.
    static func tokenEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        if let end = linkEnd(s, from: i) { return end }
        if let end = cliticEnd(s, from: i) { return end }
        if ScalarClass.isAlphanumeric(s[i]) { return wordEnd(s, from: i) }
        return punctuationEnd(s, from: i)
    }

    /// "’s", "’ll", "n’t" ... when they start at `i` and stand alone.
    static func cliticEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        if (s[i] == "n" || s[i] == "N"), i + 2 < s.count, ScalarClass.isApostrophe(s[i + 1]),
            s[i + 2] == "t" || s[i + 2] == "T", !isLetter(s, i + 3)
        {
            return i + 3
        }
        guard ScalarClass.isApostrophe(s[i]) else { return nil }
        var j = i + 1
        while j < s.count, ScalarClass.isLetter(s[j]), j - i <= 3 { j += 1 }
        guard j > i + 1, !isLetter(s, j) else { return nil }
        let clitic = String(String.UnicodeScalarView(s[(i + 1)..<j])).lowercased()
        return Self.clitics.contains(clitic) ? j : nil
    }

    static let clitics: Set<String> = ["s", "m", "d", "ll", "re", "ve"]

    static func isLetter(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && ScalarClass.isLetter(s[i])
    }

    static func isDigit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && ScalarClass.isDigit(s[i])
    }

    static func isAlnum(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && ScalarClass.isAlphanumeric(s[i])
    }

    /// A word, number or acronym starting with an alphanumeric scalar.
    static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        var segmentStart = start
        var sawAcronymPeriod = false
        while j < s.count {
            let c = s[j]
            if ScalarClass.isAlphanumeric(c) || ScalarClass.isCombiningMark(c) {
                // "doesn’t": stop before "n’t" so it becomes its own token.
                if (c == "n" || c == "N"), j > start, j + 2 < s.count, ScalarClass.isApostrophe(s[j + 1]),
                    s[j + 2] == "t" || s[j + 2] == "T", !isLetter(s, j + 3)
                {
                    return j
                }
                j += 1
                continue
            }
            let prevDigit = ScalarClass.isDigit(s[j - 1])
            if (c == "," || c == "." || c == ":" || c == "/"), prevDigit, isDigit(s, j + 1) {
                j += 1  // 19,667  1.5  10:30  3/4
                continue
            }
            if c == ".", j - segmentStart == 1, ScalarClass.isLetter(s[j - 1]), isLetter(s, j + 1),
                !isLetter(s, j + 2) || s[j + 2] == "."
            {
                sawAcronymPeriod = true  // U.S, e.g
                j += 1
                segmentStart = j
                continue
            }
            if ScalarClass.isJoiningHyphen(c), isAlnum(s, j + 1) {
                j += 1
                segmentStart = j
                continue
            }
            if c == "&", ScalarClass.isUppercase(s[j - 1]), j + 1 < s.count, ScalarClass.isUppercase(s[j + 1]) {
                j += 1  // AT&T
                continue
            }
            if ScalarClass.isApostrophe(c), isLetter(s, j + 1), cliticEnd(s, from: j) == nil {
                j += 1  // O’Brien
                continue
            }
            break
        }
        if j < s.count, s[j] == "." {
            let word = s[segmentStart..<j]
            let isInitial = word.count == 1 && ScalarClass.isUppercase(word[word.startIndex])
            let whole = makeString(s[start..<j])
            if sawAcronymPeriod || isInitial || Abbreviations.isKnown(whole, by: .tokenizer) || isNumberAbbreviation(s, start, j) {
                return j + 1
            }
        }
        return j
    }

    /// "No. 4": "No" keeps its period only before a number.
    static func isNumberAbbreviation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start == 2, s[start] == "N" || s[start] == "n", s[start + 1] == "o" else { return false }
        return end + 2 < s.count && ScalarClass.isSpace(s[end + 1]) && ScalarClass.isDigit(s[end + 2])
    }

    /// Punctuation: runs of "." or "-" stay together ("...", "--"), everything else is one scalar.
    static func punctuationEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        let c = s[i]
        if c == "." || c == "-" || c == "!" || c == "?" {
            var j = i + 1
            while j < s.count, s[j] == c { j += 1 }
            return j
        }
        return i + 1
    }

    /// Longest run of non-space scalars examined as a possible link; longer runs are
    /// tokenised normally, so junk without spaces costs linear time.
    static let maxLinkLength = 2048

    /// URLs ("https://…", "www.…") and e-mail addresses, without trailing punctuation.
    static func linkEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard ScalarClass.isLetter(s[i]) else { return nil }
        if i > 0, !ScalarClass.isSpace(s[i - 1]), ScalarClass.isAlphanumeric(s[i - 1]) || s[i - 1] == "." {
            return nil  // links start a run (or follow an opening quote or bracket)
        }
        var j = i
        var hasAt = false
        var hasScheme = false
        while j < s.count, !ScalarClass.isSpace(s[j]) {
            if j - i > maxLinkLength { return nil }
            if s[j] == "@" { hasAt = true }
            if s[j] == ":", j + 2 < s.count, s[j + 1] == "/", s[j + 2] == "/" { hasScheme = true }
            j += 1
        }
        let startsWWW = j - i > 4 && s[i] == "w" && s[i + 1] == "w" && s[i + 2] == "w" && s[i + 3] == "."
        guard hasScheme || startsWWW || (hasAt && isEmail(s, i, j)) else { return nil }
        while j > i + 1, ".,;:!?)]}\"'\u{2019}\u{201D}".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return j
    }

    static func isEmail(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard let at = s[start..<end].firstIndex(of: "@"), at > start else { return false }
        let domain = s[(at + 1)..<end]
        guard let dot = domain.firstIndex(of: "."), dot > at + 1 else { return false }
        return isLetter(s, dot + 1)
    }
}
