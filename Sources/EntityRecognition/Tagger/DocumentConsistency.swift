/// One name, one type per article: after both tagging passes, a phrase the
/// tagger labelled with different types in one document takes the type most of
/// its mentions got, when that majority is clear (at least `minShare` of the
/// mentions). The second pass's vote features already lean this way; this makes
/// the decision final, so "Coron" is not a place in one sentence and a person in
/// the next. Left as tagged, because there the context clearly differs:
/// - a split vote (a real ambiguity such as "Washington" the man and the city);
/// - place versus organisation: one article rightly has "Chicago" the city and
///   "Chicago" the team, "Russia" the country and "Russia" the government;
/// - mentions in ALL-CAPS lines (headlines, datelines such as "CHICAGO 1996-08-22"),
///   which neither vote nor change.
enum DocumentConsistency {
    static let minShare = 2.0 / 3.0

    static func isMetonymy(_ a: EntityLabel, _ b: EntityLabel) -> Bool {
        (a == .location && b == .organization) || (a == .organization && b == .location)
    }

    /// More than half of the sentence's words with letters are written in capitals only.
    /// Reads ASCII bytes directly (the tagger's speed budget); other scalars by their properties.
    static func isAllCaps(_ tokens: [String]) -> Bool {
        var words = 0
        var caps = 0
        for t in tokens {
            var letter = false
            var lower = false
            for b in t.utf8 {
                if b >= 0x80 {
                    for u in t.unicodeScalars where u.properties.isAlphabetic {
                        letter = true
                        if u.properties.isLowercase { lower = true }
                    }
                    break
                }
                if b >= 0x61 && b <= 0x7A {
                    letter = true
                    lower = true
                } else if b >= 0x41 && b <= 0x5A {
                    letter = true
                }
            }
            guard letter else { continue }
            words += 1
            if !lower { caps += 1 }
        }
        return words >= 2 && caps * 2 > words
    }

    /// Relabels minority-typed spans of `tags` (BILOU per sentence) in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        struct Mention { var sentence: Int; var span: LabeledSpan }
        var byPhrase: [String: [Mention]] = [:]
        for (s, sentenceTags) in tags.enumerated() where sentenceTags.contains(where: { $0 != 0 }) {
            let spans = BILOU.decode(sentenceTags)
            if spans.isEmpty || isAllCaps(sentences[s]) { continue }
            for span in spans {
                let phrase = sentences[s][span.start..<span.end].joined(separator: " ").lowercased()
                byPhrase[phrase, default: []].append(Mention(sentence: s, span: span))
            }
        }
        for mentions in byPhrase.values where mentions.count >= 2 {
            var counts = [Int](repeating: 0, count: EntityLabel.allCases.count)
            for m in mentions { counts[m.span.label.rawValue] += 1 }
            guard let top = counts.indices.max(by: { counts[$0] < counts[$1] }),
                  counts[top] < mentions.count,
                  Double(counts[top]) >= minShare * Double(mentions.count),
                  let label = EntityLabel(rawValue: top) else { continue }
            for m in mentions where m.span.label != label && !isMetonymy(m.span.label, label) {
                BILOU.relabel(m.span, as: label, in: &tags[m.sentence])
            }
        }
    }
}
