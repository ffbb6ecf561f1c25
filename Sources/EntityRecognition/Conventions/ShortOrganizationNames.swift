/// Reports shorten an organisation to its first word once they have named it in full:
/// "Rotor Volgograd … Rotor", "Magna International Inc … Magna was up 1/8". On its own the
/// short name looks like a surname, or like nothing, so the tagger calls it a person or
/// leaves it out. After tagging, in one article:
/// - a one-word person span whose word begins a longer organisation name becomes that
///   organisation;
/// - an untagged capitalised word that begins a company's name ending in a legal suffix
///   ("Inc", "Corp", "Co", "Ltd", …) becomes an organisation, unless the article also uses
///   the word in lower case ("News Corp … the news").
///
/// Neither applies when the word is also part of a person's full name in the article
/// ("Henry Ford" keeps "Ford" a person).
enum ShortOrganizationNames {
    /// The last word of a company's name that marks it as one.
    static let legalSuffixes: Set<String> = [
        "Co", "Co.", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "LLP", "Plc", "plc", "PLC", "AG", "GmbH",
    ]

    /// Relabels shortened organisation names in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        var firstWords: Set<String> = []
        var companyFirstWords: Set<String> = []
        var hasLonePerson = false
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            let words = sentences[s]
            for span in BILOU.decode(tags[s]) {
                if span.label == .person, span.end - span.start == 1 { hasLonePerson = true }
                guard span.label == .organization, span.end - span.start >= 2 else { continue }
                firstWords.insert(words[span.start].lowercased())
                if legalSuffixes.contains(words[span.end - 1]), words[span.start].first?.isUppercase == true,
                   words[span.start] != "The" {
                    companyFirstWords.insert(words[span.start])
                }
            }
        }
        if !hasLonePerson { firstWords = [] }
        guard !firstWords.isEmpty || !companyFirstWords.isEmpty else { return }
        var personWords: Set<String> = []
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where span.label == .person && span.end - span.start >= 2 {
                for word in sentences[s][span.start..<span.end] { personWords.insert(word.lowercased()) }
            }
        }
        firstWords.subtract(personWords)
        companyFirstWords = companyFirstWords.filter { !personWords.contains($0.lowercased()) }
        companyFirstWords = companyFirstWords.filter { word in
            let lower = word.lowercased()
            return !sentences.contains { $0.contains(lower) }
        }
        guard !firstWords.isEmpty || !companyFirstWords.isEmpty else { return }
        let unit = BILOU.tag(.unit, .organization)
        for s in tags.indices {
            let words = sentences[s]
            if !companyFirstWords.isEmpty {
                for i in words.indices where tags[s][i] == 0 && WordMatching.startsUppercaseASCII(words[i])
                    && companyFirstWords.contains(words[i])
                    && (i + 1 == words.count || words[i + 1].first?.isUppercase != true) {
                    tags[s][i] = unit
                }
            }
            guard tags[s].contains(where: { $0 != 0 }) else { continue }
            for span in BILOU.decode(tags[s]) where span.label == .person && span.end - span.start == 1
                && firstWords.contains(words[span.start].lowercased()) {
                tags[s][span.start] = unit
            }
        }
    }
}
