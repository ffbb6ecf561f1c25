/// Turns the date formats pages publish (ISO 8601 variants, RFC 822 dates, "December 20, 2023")
/// into ISO 8601: `YYYY-MM-DDTHH:MM:SS±HH:MM`, or `YYYY-MM-DD` when the page gives no time.
enum ISODateNormalizer {
    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: " \t\n\r")
        guard !text.isEmpty, text.utf8.count < 80 else { return nil }
        return normalizeISO(Array(text.utf8)) ?? normalizeWritten(text)
    }

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func normalizeISO(_ b: [UInt8]) -> String? {
        guard let year = digits(b, 0, 4) else { return nil }
        var month: Int?
        var day: Int?
        var i: Int
        if b.count > 4, b[4] == 0x2D {  // YYYY-MM-DD
            month = digits(b, 5, 2)
            day = b.count >= 10 && b[7] == 0x2D ? digits(b, 8, 2) : nil
            i = 10
        } else {  // YYYYMMDD
            month = digits(b, 4, 2)
            day = digits(b, 6, 2)
            i = 8
        }
        guard let month, let day, (1...12).contains(month), (1...31).contains(day), (1000...2999).contains(year) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard i < b.count, b[i] == 0x54 || b[i] == 0x20 || b[i] == 0x74 else { return i >= b.count ? date : nil }
        i += 1
        guard let hour = digits(b, i, 2), i + 2 < b.count, b[i + 2] == 0x3A, let minute = digits(b, i + 3, 2),
              hour < 24, minute < 60 else { return date }
        i += 5
        var second = 0
        if i < b.count, b[i] == 0x3A, let s = digits(b, i + 1, 2), s < 61 {
            second = s
            i += 3
        }
        if i < b.count, b[i] == 0x2E || b[i] == 0x2C {  // fractional seconds are dropped
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        while i < b.count, b[i] == 0x20 { i += 1 }
        var zone = ""
        if i < b.count {
            if b[i] == 0x5A || b[i] == 0x7A {
                zone = "Z"
            } else if b[i] == 0x2B || b[i] == 0x2D, let zoneHour = digits(b, i + 1, 2) {
                let colon = i + 3 < b.count && b[i + 3] == 0x3A
                let zoneMinute = digits(b, i + (colon ? 4 : 3), 2) ?? 0
                zone = (b[i] == 0x2B ? "+" : "-") + pad(zoneHour) + ":" + pad(zoneMinute)
            }
        }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// "Wed, 20 Dec 2023 21:14:00 +0200", "December 20, 2023 9:14 pm".
    private static func normalizeWritten(_ text: String) -> String? {
        let tokens = text.split { $0 == " " || $0 == "," || $0 == "\t" }
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute = 0, second = 0
        var zone = ""
        var pm: Bool?
        for token in tokens {
            let lower = token.lowercased()
            if month == nil, lower.count >= 3, let value = months[String(lower.prefix(3))], lower.allSatisfy(\.isLetter) {
                month = value
            } else if lower.allSatisfy(\.isNumber), let value = Int(lower) {
                if lower.count == 4, year == nil { year = value } else if day == nil, (1...31).contains(value) { day = value }
            } else if lower.contains(":"), hour == nil {
                let parts = lower.split(separator: ":").compactMap { Int($0.prefix(while: \.isNumber)) }
                if parts.count >= 2 {
                    hour = parts[0]; minute = parts[1]
                    if parts.count >= 3 { second = parts[2] }
                }
                if lower.hasSuffix("pm") { pm = true } else if lower.hasSuffix("am") { pm = false }
            } else if lower == "pm" || lower == "p.m." {
                pm = true
            } else if lower == "am" || lower == "a.m." {
                pm = false
            } else if lower == "gmt" || lower == "utc" || lower == "z" {
                zone = "Z"
            } else if (lower.hasPrefix("+") || lower.hasPrefix("-")), lower.count == 5, let value = Int(lower.dropFirst()) {
                zone = String(lower.prefix(1)) + pad(value / 100) + ":" + pad(value % 100)
            }
        }
        guard let year, let month, let day, (1000...2999).contains(year) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard var hour, hour < 24, minute < 60 else { return date }
        if pm == true, hour < 12 { hour += 12 }
        if pm == false, hour == 12 { hour = 0 }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(min(second, 59)))\(zone)"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
