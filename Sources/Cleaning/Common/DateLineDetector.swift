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
        var copy = line
        if let answer = copy.withUTF8(isASCIIDateLine) { return answer }
        return isDateLineByCharacters(line)
    }

    /// The general rule, on Characters (any script); `isDateLine` takes a byte path for ASCII.
    static func isDateLineByCharacters(_ line: String) -> Bool {
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

    /// `isDateLine` for an ASCII line, on its bytes: no lower-cased copy, no array of words,
    /// no String hashing. For ASCII, `Character.isLetter`/`isNumber` are exactly A-Z, a-z
    /// and 0-9, so the words and the answer are the same. The non-ASCII punctuation of
    /// `separatorWidth` (· — ’ •) separates words as any other punctuation does. Nil for
    /// any other non-ASCII scalar: the caller reads the line Character by Character.
    private static func isASCIIDateLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var words = 0
        var dateWords = 0
        var hasDateSignal = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x80 {
                guard let width = separatorWidth(bytes, at: i) else { return nil }
                i += width
                continue
            }
            guard isASCIILetterOrDigit(byte) else { i += 1; continue }
            let start = i
            var allDigits = true
            while i < bytes.count, isASCIILetterOrDigit(bytes[i]) {
                if bytes[i] > 0x39 { allDigits = false }
                i += 1
            }
            words += 1
            if allDigits {
                dateWords += 1
                hasDateSignal = true
                continue
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            guard word.count <= PackedWordSet.maxLength else { continue }  // longer than any listed word
            let key = PackedWordSet.Key(lowercasing: word)
            if packedMonthWords.contains(key) {
                dateWords += 1
                hasDateSignal = true
            } else if packedTimeWords.contains(key) {
                dateWords += 1
            }
        }
        return words > 0 && words <= 12 && hasDateSignal && dateWords * 10 >= words * 8
    }

    /// The byte length of a well-formed Latin-1 punctuation scalar (U+00A1-00BF, ×, ÷; not the
    /// letters ª µ º, the numbers ² ³ ¹ ¼ ½ ¾ or the soft hyphen) or general punctuation
    /// (U+2010-2027, U+2030-205E) at `index`, else nil. These are neither letters nor numbers,
    /// have no case, and always stand as Characters of their own (a test checks every one).
    static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0xC2 || byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
            let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            return isLatinPunctuation(value) ? 2 : nil
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
            let value = 0x2000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
            return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) ? 3 : nil
        }
        return nil
    }

    static func isLatinPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0xAA, 0xAD, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: return false
        case 0xA1...0xBF, 0xD7, 0xF7: return true
        default: return false
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static let packedMonthWords = PackedWordSet(monthWords.map { Array($0.utf8) })
    private static let packedTimeWords = PackedWordSet(timeWords.map { Array($0.utf8) })
}
