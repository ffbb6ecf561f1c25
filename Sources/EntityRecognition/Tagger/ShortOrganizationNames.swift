/// Reports shorten an organisation to its first word once they have named it in full:
/// "Rotor Volgograd … Rotor", "Deportivo Coruna … Deportivo", "Ford Motor Co … Ford". On
/// its own the short name looks like a surname, and the tagger calls it a person. So, after
/// tagging, a one-word person span whose word begins a longer organisation name in the same
/// article becomes an organisation, unless that word is also part of a person's full name
/// there ("Henry Ford" keeps "Ford" a person).
enum ShortOrganizationNames {
    /// Relabels one-word PER spans that shorten an organisation named in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        var firstWords: Set<String> = []
        var personWords: Set<String> = []
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where span.end - span.start >= 2 {
                if span.label == .organization {
                    firstWords.insert(sentences[s][span.start].lowercased())
                } else if span.label == .person {
                    for word in sentences[s][span.start..<span.end] { personWords.insert(word.lowercased()) }
                }
            }
        }
        firstWords.subtract(personWords)
        guard !firstWords.isEmpty else { return }
        let unit = BILOU.tag(.unit, .organization)
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where span.label == .person && span.end - span.start == 1
                && firstWords.contains(sentences[s][span.start].lowercased()) {
                tags[s][span.start] = unit
            }
        }
    }
}
