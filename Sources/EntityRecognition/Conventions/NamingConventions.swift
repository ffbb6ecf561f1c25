/// The passes that run after tagging and document consistency, in order. Each settles one
/// naming convention that every corpus we measure shares (CoNLL-2003, GUM, wikineural, BTC),
/// or reads a cue in the article that the tagger's window cannot see; none needs retraining,
/// and they run in evaluation and production alike. Each pass documents what it changes and
/// what it leaves alone; `Sources/EntityRecognition/Resources/README.md` measures each one.
enum NamingConventions {
    typealias Pass = @Sendable (inout [[Int]], [[String]]) -> Void

    /// Type corrections from the article's own words come first, then span shapes, then the
    /// conventions that untag or retype whole classes of names, and titles last.
    static let passes: [Pass] = [
        PlaceDescriptions.apply,
        OrganizationDescriptors.apply,
        ShortOrganizationNames.apply,
        AmpersandCompanyNames.apply,
        EventNames.apply,
        QuotedNicknames.apply,
        RegnalNumbers.apply,
        LoneNumerals.apply,
        InstitutionNames.apply,
        PlacePrefixedInstitutions.apply,
        NamedStorms.apply,
        EraMarkers.apply,
        MiscOnlyNames.apply,
        { tags, sentences in for index in tags.indices { PersonTitles.trim(&tags[index], words: sentences[index]) } },
    ]

    /// Applies every pass to `tags` (BILOU per sentence of one document), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        for pass in passes { pass(&tags, sentences) }
    }
}
