/// Words that keep their trailing period ("Dr.", "Jan.", "Gen.") because the
/// period marks an abbreviation, not the end of a sentence.
enum Abbreviations {
    /// Lower-cased, without the final period.
    static let known: Set<String> = [
        // titles
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "messrs", "mme", "mlle",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "gov", "sen",
        "rep", "reps", "sens", "pres", "supt", "insp", "det", "amb", "atty", "fr", "pp",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // organisations and places
        "inc", "corp", "co", "ltd", "bros", "plc", "dept", "univ", "assn", "est",
        "ave", "blvd", "rd", "hwy", "ky", "calif", "conn", "fla", "ga", "ill", "ind", "kan", "mass", "md",
        "mich", "minn", "miss", "mo", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
        "wis", "ariz", "colo", "del", "ala", "ark",
        // general
        "vs", "etc", "approx", "vol", "fig", "al", "cf", "ca", "ed", "eds", "op", "eg", "ie",
    ]

    /// True for "Dr", "Jan", ... (the part before the period).
    static func isKnown(_ word: some StringProtocol) -> Bool {
        known.contains(word.lowercased())
    }
}
