/// "BC", "AD", "BCE" and "CE" are capitalised and short, so the tagger takes them for
/// acronyms of organisations or for MISC; in a date ("500 BC", "the 4th century AD",
/// "AD 79") they are part of the date and no name, in every corpus we read. Outside a
/// date they are left as tagged: "BC" is also British Columbia ("BC Hydro").
enum EraMarkers {
    static let markers: Set<String> = ["BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."]
    /// Words after which an era marker closes a date ("4th century BC").
    static let periods: Set<String> = ["century", "centuries", "millennium", "millennia"]

    /// Untags each era marker of a date in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            let words = sentences[s]
            for span in BILOU.decode(tags[s]) where span.end - span.start == 1 && isDateEra(at: span.start, in: words) {
                tags[s][span.start] = 0
            }
        }
    }

    /// An era marker after a number or a period word, or "AD" before a year.
    static func isDateEra(at index: Int, in words: [String]) -> Bool {
        let word = words[index]
        guard markers.contains(word) else { return false }
        var previous = index - 1
        if previous > 0, words[previous] == "\"" { previous -= 1 }  // 400 " BC: inches-mark quotes in some sources
        if previous >= 0, words[previous].first?.isNumber == true || periods.contains(words[previous].lowercased()) {
            return true
        }
        return (word == "AD" || word == "A.D.") && index + 1 < words.count && words[index + 1].first?.isNumber == true
    }
}
