/// A language is MISC in CoNLL-2003, wikineural and GUM alike, never a person, place or
/// organisation; yet the tagger, meeting "in Hindi" or "Gujarati speakers" far from any
/// training example, calls such a word a person. After tagging, a one-word PER/ORG/LOC span
/// that is a language's name becomes MISC.
///
/// The list holds names that only name a language or its people: not a country's adjective
/// ("Czech" stands for the Czech Republic in sports results, "Russian" is tagged well), and
/// not a common surname ("French", "Welsh", "Breton").
enum LanguageNames {
    static let names: Set<String> = [
        "Hindi", "Urdu", "Gujarati", "Bengali", "Bangla", "Tamil", "Telugu", "Kannada", "Malayalam", "Marathi",
        "Punjabi", "Odia", "Oriya", "Assamese", "Sindhi", "Sinhala", "Sinhalese", "Mandarin", "Cantonese",
        "Hokkien", "Hakka", "Tibetan", "Uyghur", "Farsi", "Pashto", "Kurdish", "Hebrew", "Yiddish", "Aramaic",
        "Catalan", "Basque", "Galician", "Gaelic", "Latin", "Sanskrit", "Esperanto", "Quechua", "Guarani",
        "Nahuatl", "Swahili", "Zulu", "Xhosa", "Afrikaans", "Yoruba", "Igbo", "Hausa", "Wolof", "Lingala",
        "Kinyarwanda", "Shona", "Tigrinya", "Amharic", "Oromo", "Tagalog", "Cebuano", "Javanese", "Malay",
    ]

    /// Relabels one-word language spans of `tags` (BILOU per sentence) as MISC, in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        let unit = BILOU.tag(.unit, .misc)
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where span.end - span.start == 1 && span.label != .misc
                && isLanguage(sentences[s][span.start]) {
                tags[s][span.start] = unit
            }
        }
    }

    /// A language's name as written, or in an ALL-CAPS headline.
    static func isLanguage(_ word: String) -> Bool {
        if names.contains(word) { return true }
        guard word.count > 1, word == word.uppercased(), let first = word.first else { return false }
        return names.contains(String(first) + word.dropFirst().lowercased())
    }
}
