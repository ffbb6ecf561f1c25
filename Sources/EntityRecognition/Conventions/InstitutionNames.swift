/// Schools and universities are organisations in CoNLL-2003, wikineural and BTC alike
/// ("Harrow School", "King's College", "University of Michigan"), but their names are full of
/// places, so the tagger often calls the whole name a place, or splits "University of
/// Michigan" into an organisation "University" and a place "Michigan". After tagging:
/// - a place span of two or more words that ends in "School", "College", "University",
///   "Academy", "Institute", "Seminary" or "Polytechnic", or begins with "University of",
///   becomes an organisation;
/// - a one-word span naming such an institution, "of", and the name right after it become
///   one organisation ("University of Michigan").
///
/// GUM's flattened nesting keeps "University" and "California" apart; there this costs a
/// span or two (README), but a news reader wants the university, not a place.
enum InstitutionNames {
    static let heads: Set<String> = ["School", "College", "University", "Academy", "Institute", "Seminary", "Polytechnic"]

    /// Relabels and joins institution names in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        SpanRewriting.rewrite(&tags, sentences: sentences) { spans, words in
            var changed = false
            var index = 0
            while index < spans.count {
                let span = spans[index]
                if span.label == .location, span.end - span.start >= 2,
                   heads.contains(words[span.end - 1]) || (words[span.start] == "University" && words[span.start + 1] == "of") {
                    spans[index].label = .organization
                    changed = true
                } else if span.end - span.start == 1, heads.contains(words[span.start]), index + 1 < spans.count,
                          span.end + 1 < words.count, words[span.end] == "of", spans[index + 1].start == span.end + 1,
                          spans[index + 1].label != .misc {
                    spans[index] = LabeledSpan(start: span.start, end: spans[index + 1].end, label: .organization)
                    spans.remove(at: index + 1)
                    changed = true
                }
                index += 1
            }
            return changed
        }
    }
}
