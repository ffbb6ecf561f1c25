/// Languages and diseases are never a person, place or organisation: CoNLL-2003,
/// wikineural and GUM make a language MISC, GUM and wikineural a named disease ("Covid",
/// "Ebola"; BTC leaves them untagged). Yet the tagger, meeting "in Hindi", "Gujarati
/// speakers" or "Hantavirus" far from any training example, calls such a word a person.
/// After tagging, a one-word PER/ORG/LOC span that names a language or a disease becomes MISC.
///
/// The languages are names that only name a language or its people: not a country's
/// adjective ("Czech" stands for the Czech Republic in sports results, "Russian" is tagged
/// well), and not a common surname ("French", "Welsh", "Breton").
enum MiscOnlyNames {
    static let languages: Set<String> = [
        "Hindi", "Urdu", "Gujarati", "Bengali", "Bangla", "Tamil", "Telugu", "Kannada", "Malayalam", "Marathi",
        "Punjabi", "Odia", "Oriya", "Assamese", "Sindhi", "Sinhala", "Sinhalese", "Mandarin", "Cantonese",
        "Hokkien", "Hakka", "Tibetan", "Uyghur", "Farsi", "Pashto", "Kurdish", "Hebrew", "Yiddish", "Aramaic",
        "Catalan", "Basque", "Galician", "Gaelic", "Latin", "Sanskrit", "Esperanto", "Quechua", "Guarani",
        "Nahuatl", "Swahili", "Zulu", "Xhosa", "Afrikaans", "Yoruba", "Igbo", "Hausa", "Wolof", "Lingala",
        "Kinyarwanda", "Shona", "Tigrinya", "Amharic", "Oromo", "Tagalog", "Cebuano", "Javanese", "Malay",
    ]

    /// Diseases named like proper nouns; any word ending in "virus" counts too ("Hantavirus").
    static let diseases: Set<String> = [
        "Covid", "COVID", "Covid-19", "COVID-19", "Ebola", "Zika", "SARS", "MERS", "HIV", "AIDS", "Mpox",
        "Monkeypox", "Dengue", "Chikungunya",
    ]

    /// Relabels one-word language and disease spans of `tags` (BILOU per sentence) as MISC, in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        let unit = BILOU.tag(.unit, .misc)
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where span.end - span.start == 1 && span.label != .misc
                && isMiscOnly(sentences[s][span.start]) {
                tags[s][span.start] = unit
            }
        }
    }

    /// A language's or a disease's name as written, or in an ALL-CAPS headline.
    static func isMiscOnly(_ word: String) -> Bool {
        if languages.contains(word) || diseases.contains(word) { return true }
        if endsInVirus(word) { return true }
        guard word.count > 1, word == word.uppercased(), let first = word.first else { return false }
        return languages.contains(String(first) + word.dropFirst().lowercased())
    }

    /// "…virus" in any ASCII casing, after at least one more character ("Hantavirus", "CORONAVIRUS").
    private static func endsInVirus(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count > 5 else { return false }
        return zip(bytes.suffix(5), "virus".utf8).allSatisfy { byte, expected in
            (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) == expected
        }
    }
}
