/// Quote marks also wrap names of shows, books and slogans ("Saturday Night Live",
/// “The Art of the Deal”). A short title-case span that nobody is said to have said is a
/// name, not a quotation.
enum WorkTitleRule {
    static let maxWords = 9
    private static let minorWords: Set<String> = [
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "vs",
    ]

    static func isWorkTitle(_ chars: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = 0
        var capitalised = 0
        var word = String.UnicodeScalarView()
        func finish() -> Bool {
            defer { word = String.UnicodeScalarView() }
            guard let first = word.first else { return true }
            words += 1
            if ScalarClass.isUppercase(first) || ScalarClass.isLetterOrDigit(first) && !ScalarClass.isLetter(first) {
                capitalised += 1
                return true
            }
            return minorWords.contains(String(word))
        }
        for c in chars {
            if ScalarClass.isLetterOrDigit(c) || c == "'" || c == "\u{2019}" || c == "-" {
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
