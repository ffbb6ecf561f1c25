/// Recognises lines that only carry a date or time ("20 December 2023, 9:14 pm",
/// "Updated 3 hours ago", "Published: 2023-12-20"): metadata, not article text.
enum DateLineDetector {
    private static let monthWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]
    private static let timeWords: Set<String> = [
        "am", "pm", "ago", "hours", "hour", "minutes", "minute", "mins", "min", "days", "day", "updated", "published",
        "posted", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "on", "at", "last", "modified", "yesterday", "today",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "read", "first", "and", "p", "m", "a",
    ]

    static func isDateLine(_ line: String) -> Bool {
        // Every date line this recognises has a digit; most blocks have none and stop here.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let words = line.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty, words.count <= 12 else { return false }
        var dateWords = 0
        var hasDateSignal = false
        for word in words {
            if word.allSatisfy(\.isNumber) {
                dateWords += 1
                hasDateSignal = true
            } else if monthWords.contains(String(word)) {
                dateWords += 1
                hasDateSignal = true
            } else if timeWords.contains(String(word)) {
                dateWords += 1
            }
        }
        return hasDateSignal && dateWords * 10 >= words.count * 8
    }
}
