/// An article that describes a name as a place settles its type: "the town of Coron",
/// "Coron is the largest town on the island", "Kiritimati is in the province of …". A
/// tagger that has never seen a small town's name often calls it a person (one-word
/// names in a headline or a section title have no context at all), and document
/// consistency then spreads that guess. So, after tagging, a name the article describes
/// as a place is a place in all its mentions that were tagged a person or MISC.
///
/// Organisations are left: "Chicago" the team and "Chicago" the city share one article
/// (see `DocumentConsistency`). Only descriptions that leave no other reading count:
/// - "the/a <place noun> of X" ("the city of", "the capital of"), but not "<place noun>
///   of" inside a name ("University of Michigan" has no place noun);
/// - "X is/was a/an/the [up to three lowercase modifiers] <place noun>" that ends the
///   clause or goes on with "in", "on", "of", "near", … ("a city councillor" does not);
/// - "X is in the <place noun> …", "X is located/situated …" (present tense only:
///   "was located" is said of a missing person too).
enum PlaceDescriptions {
    /// Nouns that name a kind of place.
    static let placeNouns: Set<String> = [
        "town", "city", "village", "hamlet", "municipality", "borough", "township", "suburb", "commune",
        "parish", "county", "district", "province", "prefecture", "region", "state", "country", "capital",
        "island", "islands", "port", "neighbourhood", "neighborhood", "river", "lake", "mountain",
    ]

    /// Words that may follow the place noun of "X is a <place noun>" when it describes X.
    static let clauseContinuations: Set<String> = [
        "in", "on", "of", "near", "located", "situated", "and", "with", "that", "which", ",", ".", ";",
    ]

    static let articles: Set<String> = ["a", "an", "the"]

    /// Words that end the modifiers of a place noun (with `clauseContinuations`).
    static let prepositions: Set<String> = ["at", "for", "from", "to", "by", "as", "about", "who", "whose"]

    /// Relabels PER and MISC mentions of names described as places in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        let places = ArticleNames.collect(tags, sentences: sentences, where: isDescribedAsPlace)
        ArticleNames.relabel(places, from: [.person, .misc], to: .location, in: &tags, sentences: sentences)
    }

    /// Whether the sentence describes its name `span` as a place.
    static func isDescribedAsPlace(_ span: LabeledSpan, in sentence: [String]) -> Bool {
        let start = span.start, end = span.end, count = sentence.count
        func word(_ i: Int) -> String { sentence[i].lowercased() }
        if start >= 2, WordMatching.matches(sentence[start - 1], "of"), placeNouns.contains(word(start - 2)),
           start == 2 || articles.contains(word(start - 3)) || word(start - 3) == "capital" {
            return true
        }
        guard end + 1 < count else { return false }
        let isVerb = WordMatching.matches(sentence[end], "is")
        guard isVerb || WordMatching.matches(sentence[end], "was") else { return false }
        let next = word(end + 1)
        if isVerb {
            if next == "located" || next == "situated" { return true }
            if next == "in", end + 3 < count, word(end + 2) == "the", placeNouns.contains(word(end + 3)) { return true }
        }
        guard articles.contains(next) else { return false }
        var k = end + 2
        while k < count, k < end + 5, !placeNouns.contains(word(k)) {
            // Modifiers only ("the largest", "an ancient"): a preposition starts another phrase.
            guard sentence[k].first?.isLowercase == true, !clauseContinuations.contains(word(k)),
                  !prepositions.contains(word(k)) else { return false }
            k += 1
        }
        guard k < count, placeNouns.contains(word(k)) else { return false }
        return k + 1 == count || clauseContinuations.contains(word(k + 1))
    }
}
