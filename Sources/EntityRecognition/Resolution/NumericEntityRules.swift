import Articles
import TextProcessing

/// Deterministic DATE, MONEY, PERCENT and CARDINAL spans over tokens: these are
/// regular enough that rules beat a statistical model trained without them.
enum NumericEntityRules {
    struct Match: Equatable {
        var start: Int
        var end: Int
        var type: EntityType
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.",
    ]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let currencySymbols: Set<String> = ["$", "£", "€", "¥", "US$", "C$", "A$", "HK$"]
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "yen", "yuan", "rupees",
        "francs", "pence", "marks", "roubles", "rubles", "shekels",
    ]
    static let magnitudes: Set<String> = ["million", "billion", "trillion", "thousand", "hundred", "bn", "m", "mn", "k"]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "dozen", "dozens", "hundreds", "thousands", "millions",
    ]

    static let vagueAmounts: Set<String> = ["-", "dozens", "hundreds", "thousands", "millions"]

    static func isNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ScalarClass.isASCIIDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { ScalarClass.isASCIIDigit($0) || $0 == "," || $0 == "." }
    }

    /// A number glued to a magnitude ("1.5bn", "20m").
    static func isScaledNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ScalarClass.isASCIIDigit(first) else { return false }
        let letters = text.drop { $0.isNumber || $0 == "," || $0 == "." }
        return magnitudes.contains(letters.lowercased())
    }

    static func isYear(_ text: String) -> Bool {
        guard text.count == 4, let v = Int(text) else { return false }
        return (1800...2100).contains(v)
    }

    static func matches(_ tokens: [Token]) -> [Match] {
        var out: [Match] = []
        var i = 0
        let lower = tokens.map { $0.text.lowercased() }
        func numeric(_ k: Int) -> Bool { k < tokens.count && (isNumber(tokens[k].text) || isScaledNumber(tokens[k].text)) }
        func magnitude(_ k: Int) -> Bool { k < tokens.count && magnitudes.contains(lower[k]) }
        while i < tokens.count {
            let t = tokens[i].text
            // MONEY: $ 1.5bn, $ 20 million, 20 dollars
            if currencySymbols.contains(t), numeric(i + 1) {
                var end = i + 2
                if magnitude(end) { end += 1 }
                out.append(Match(start: i, end: end, type: .money))
                i = end
                continue
            }
            if numeric(i) {
                var end = i + 1
                if magnitude(end) { end += 1 }
                if end < tokens.count, tokens[end].text == "%" || lower[end] == "percent" {
                    out.append(Match(start: i, end: end + 1, type: .percent))
                    i = end + 1
                    continue
                }
                if end + 1 < tokens.count, lower[end] == "per", lower[end + 1] == "cent" {
                    out.append(Match(start: i, end: end + 2, type: .percent))
                    i = end + 2
                    continue
                }
                if end < tokens.count, currencyWords.contains(lower[end]) {
                    out.append(Match(start: i, end: end + 1, type: .money))
                    i = end + 1
                    continue
                }
                if isYear(t) || isISODate(t) {
                    out.append(Match(start: i, end: i + 1, type: .date))
                    i += 1
                    continue
                }
                out.append(Match(start: i, end: end, type: .cardinal))
                i = end
                continue
            }
            // DATE: October 7, 2023 / Oct. 7 / 7 October 2023 / Wednesday
            if months.contains(lower[i]), tokens[i].text.first?.isUppercase == true {
                var end = i + 1
                if end < tokens.count, isDayNumber(tokens[end].text) { end += 1 }
                if end + 1 < tokens.count, tokens[end].text == ",", isYear(tokens[end + 1].text) { end += 2 }
                else if end < tokens.count, isYear(tokens[end].text) { end += 1 }
                // "may" as a verb: only a date with a number attached.
                if lower[i] == "may" && end == i + 1 { i += 1; continue }
                out.append(Match(start: i, end: end, type: .date))
                i = end
                continue
            }
            if weekdays.contains(lower[i]), tokens[i].text.first?.isUppercase == true {
                out.append(Match(start: i, end: i + 1, type: .date))
                i += 1
                continue
            }
            if numberWords.contains(lower[i]) {
                var end = i + 1
                while end < tokens.count, numberWords.contains(lower[end]) || lower[end] == "-" { end += 1 }
                // "billions" or "hundreds" alone are amounts, not numbers.
                if (i..<end).contains(where: { !magnitudes.contains(lower[$0]) && !vagueAmounts.contains(lower[$0]) }) {
                    out.append(Match(start: i, end: end, type: .cardinal))
                }
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    static func isDayNumber(_ text: String) -> Bool {
        guard let v = Int(text) else { return false }
        return (1...31).contains(v)
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { Int($0) != nil }
    }
}
