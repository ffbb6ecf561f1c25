/// Names that a cue in one sentence settles for the whole article: the passes that read
/// "the town of Coron" or "tyre giant Pirelli" collect the names here, then give every other
/// mention the settled type. Names match on their words in any casing.
enum ArticleNames {
    /// The words (lowercased, space-joined) of every span in the article for which `cue` holds.
    static func collect(
        _ tags: [[Int]], sentences: [[String]], where cue: (LabeledSpan, [String]) -> Bool
    ) -> Set<String> {
        var names: Set<String> = []
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where cue(span, sentences[s]) {
                names.insert(key(sentences[s][span.start..<span.end]))
            }
        }
        return names
    }

    /// Gives every span typed one of `labels` whose words are one of `names` the type `label`, in place.
    static func relabel(
        _ names: Set<String>, from labels: Set<EntityLabel>, to label: EntityLabel,
        in tags: inout [[Int]], sentences: [[String]]
    ) {
        guard !names.isEmpty else { return }
        for s in tags.indices where tags[s].contains(where: { $0 != 0 }) {
            for span in BILOU.decode(tags[s]) where labels.contains(span.label)
                && names.contains(key(sentences[s][span.start..<span.end])) {
                BILOU.relabel(span, as: label, in: &tags[s])
            }
        }
    }

    static func key(_ words: ArraySlice<String>) -> String {
        words.joined(separator: " ").lowercased()
    }
}
