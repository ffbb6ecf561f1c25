/// Schools and universities are organisations in CoNLL-2003, wikineural and GUM alike
/// ("Harrow School", "King's College", "University of Michigan"), but their names are full of
/// places, so the tagger often calls the whole name a place. After tagging, a place span of
/// two or more words that ends in "School", "College", "University", "Academy", "Institute",
/// "Seminary" or "Polytechnic", or begins with "University of", becomes an organisation.
enum InstitutionNames {
    static let heads: Set<String> = ["School", "College", "University", "Academy", "Institute", "Seminary", "Polytechnic"]

    /// Relabels institutions tagged as places in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            let words = sentences[s]
            for span in BILOU.decode(tags[s]) where span.label == .location && span.end - span.start >= 2 {
                let namesInstitution = heads.contains(words[span.end - 1])
                    || (words[span.start] == "University" && words[span.start + 1] == "of")
                if namesInstitution { BILOU.relabel(span, as: .organization, in: &tags[s]) }
            }
        }
    }
}
