/// A regnal number belongs to the name it follows: "Elizabeth II", "Pope John Paul II",
/// "Emperor Norton I". Every corpus we measure includes it in the person's span; the tagger,
/// having seen few, often stops before it. After tagging, a capitalised person span followed
/// by an untagged Roman numeral (II to XVIII) takes it in, unless a capitalised word follows
/// (sports headlines write "versus" as "V": "AGASSI V SAMPRAS"). "I" counts only before
/// punctuation, "of" or the end, since it is far more often the pronoun ("said Smith I think").
enum RegnalNumbers {
    static let numerals: Set<String> = [
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII",
    ]

    /// Extends person spans of `tags` (BILOU per sentence) over a following regnal number, in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        SpanRewriting.rewrite(&tags, sentences: sentences) { spans, words in
            var changed = false
            for index in spans.indices where spans[index].label == .person {
                let next = spans[index].end
                let nextIsTagged = index + 1 < spans.count && spans[index + 1].start == next
                guard next < words.count, !nextIsTagged, isRegnalNumber(at: next, in: words),
                      words[spans[index].start].first?.isUppercase == true else { continue }
                spans[index].end += 1
                changed = true
            }
            return changed
        }
    }

    /// A numeral not followed by a capitalised word: "ENGLAND V PAKISTAN" is "versus".
    static func isRegnalNumber(at index: Int, in words: [String]) -> Bool {
        guard let first = words[index].utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V")
            || first == UInt8(ascii: "X") else { return false }
        let after = index + 1 < words.count ? words[index + 1] : nil
        if after?.first?.isUppercase == true { return false }
        if numerals.contains(words[index]) { return true }
        guard words[index] == "I" else { return false }
        guard let after else { return true }
        return after == "of" || after.first.map { !$0.isLetter && !$0.isNumber } == true
    }
}
