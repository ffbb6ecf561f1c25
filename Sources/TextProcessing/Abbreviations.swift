/// Words that keep their trailing period ("Dr.", "Jan.", "Calif.") because the period
/// marks an abbreviation, not the end of a sentence: one list for every reader of text.
///
/// Two readers ask, and they disagree at the edges. The tokenizer decides sentence ends
/// for the entity tagger; quote attribution's frame tokenizer decides where the clause
/// that bounds a speaker search ends. Their lists were tuned apart (entities on CoNLL,
/// quotes on PolNeAR) and the records depend on the difference ("Jun." ends a quote frame
/// but not a sentence; "Wyo." the other way round), so the common core is written once
/// and each reader's additions are named below. Moving a word between them is a
/// behaviour change to be measured with both evaluations.
package enum Abbreviations {
    /// Who is asking; see the type's overview for why the answers differ.
    package enum Reader: Sendable {
        /// `Tokenizer`: the period stays on the token and never ends a sentence.
        case tokenizer
        /// Quote attribution's frame tokenizer: the period stays on the word, so a bare
        /// "." always ends a sentence there.
        case quoteFrames
    }

    /// True for "Dr", "jan", "CALIF" (the part before the period, any case) when `reader`
    /// treats the word as an abbreviation.
    package static func isKnown(_ word: some StringProtocol, by reader: Reader) -> Bool {
        let lower = word.lowercased()
        switch reader {
        case .tokenizer: return tokenizerWords.contains(lower)
        case .quoteFrames: return quoteFrameWords.contains(lower)
        }
    }

    static let tokenizerWords = common.union(tokenizerOnly)
    static let quoteFrameWords = common.union(quoteFramesOnly)

    /// Abbreviations both readers know.
    static let common: Set<String> = [
        // titles
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "messrs",
        "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "reps", "sens",
        "pres", "supt", "atty",
        // months
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        // organisations
        "inc", "corp", "co", "ltd",
        // US states
        "ky", "calif", "conn", "fla", "ga", "ill", "ind", "kan", "mass", "md", "mich", "minn", "mo",
        "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "ariz", "colo",
        "del", "ala", "ark",
        // general
        "vs",
    ]

    /// Only the tokenizer: its sentence splitting also sees days, streets and scholarly
    /// abbreviations, and a wrong join there merely merges two sentences for the tagger.
    static let tokenizerOnly: Set<String> = [
        // titles
        "mme", "mlle", "cpt", "brig", "insp", "det", "amb", "fr", "pp", "cpl", "pvt",
        // months and days
        "jun", "jul", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // organisations and places
        "bros", "plc", "dept", "univ", "assn", "est", "ave", "blvd", "rd", "hwy", "miss",
        // general
        "etc", "approx", "vol", "fig", "al", "cf", "ca", "ed", "eds", "op", "eg", "ie",
    ]

    /// Only quote frames. "No." is always one word there; the tokenizer keeps its period
    /// only before a number ("No. 4", see `Tokenizer.isNumberAbbreviation`).
    static let quoteFramesOnly: Set<String> = ["no", "mont", "penn", "wyo"]
}
