/// Wire copy introduces an unfamiliar company or club with a common noun right before its
/// name: "tyre and cables giant Pirelli", "distribution chain Ruch", "record label Stax",
/// "football club Vålerenga". A tagger that has not seen the name often calls it a person,
/// and document consistency then spreads that guess. So, after tagging, a name that follows
/// such a noun is an organisation in all its mentions that were tagged a person or MISC.
///
/// Only nouns that almost never stand before a person's name count: not "producer",
/// "publisher", "developer" or "broadcaster" (jobs: "producer David Merrick"), not "carrier"
/// (ships), not "weekly" ("the weekly Torah portion"). Places are left: a club named after
/// its city is the metonymy `DocumentConsistency` already leaves alone.
enum OrganizationDescriptors {
    /// Lowercase nouns that introduce an organisation's name.
    static let nouns: Set<String> = [
        "giant", "giants", "company", "firm", "group", "conglomerate", "airline", "retailer", "manufacturer",
        "bank", "insurer", "distributor", "chain", "automaker", "carmaker", "chipmaker", "drugmaker", "club",
        "outfit", "startup", "daily", "newspaper", "label", "operator",
    ]

    /// Relabels PER and MISC mentions of names introduced as organisations in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        let names = ArticleNames.collect(tags, sentences: sentences, where: isIntroduced)
        ArticleNames.relabel(names, from: [.person, .misc], to: .organization, in: &tags, sentences: sentences)
    }

    /// Whether a lowercase organisation noun stands right before `span` ("giant Pirelli", not "Giant Pirelli").
    static func isIntroduced(_ span: LabeledSpan, in sentence: [String]) -> Bool {
        guard span.start > 0 else { return false }
        let word = sentence[span.start - 1]
        return WordMatching.startsLowercaseASCII(word) && nouns.contains(word)
    }
}
