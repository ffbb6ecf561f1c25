/// A place name written right before a state body, an armed force or a school is part of
/// that organisation's name: "United States Congress", "U.S. Marines", "Royal Netherlands Air
/// Force", "Texas A&M University". CoNLL-2003, GUM, wikineural, BTC and re3d tag them as one
/// organisation (in their gold, 31 joined against 2 split), but the tagger often splits off
/// the place. After tagging, a place span directly followed by an organisation span whose
/// last word is such a head joins it as one organisation.
///
/// Left alone: a nationality ("British Army" is MISC + ORG in CoNLL-2003 but one ORG in
/// wikineural), a gap of any word ("U.S. and Senate"), and heads outside the list ("Chicago
/// NAPM" stays a place and an organisation, as CoNLL-2003 tags it).
enum PlacePrefixedInstitutions {
    static let heads: Set<String> = InstitutionNames.heads.union([
        "Congress", "Senate", "Parliament", "Assembly", "Ministry", "Department", "Treasury", "Court",
        "Army", "Navy", "Force", "Marines", "Corps", "Guard",
    ])

    /// Joins each place + institution pair in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        SpanRewriting.rewrite(&tags, sentences: sentences) { spans, words in
            var changed = false
            var index = 0
            while index + 1 < spans.count {
                let place = spans[index], institution = spans[index + 1]
                if place.label == .location, institution.label == .organization, institution.start == place.end,
                   heads.contains(words[institution.end - 1]) {
                    spans[index] = LabeledSpan(start: place.start, end: institution.end, label: .organization)
                    spans.remove(at: index + 1)
                    changed = true
                }
                index += 1
            }
            return changed
        }
    }
}
