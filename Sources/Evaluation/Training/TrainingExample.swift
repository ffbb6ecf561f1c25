import EntityRecognition
/// One document prepared for training: token texts, gold BILOU tags and the
/// gold entity phrases (for the training-data gazetteer).
struct TrainingDocument {
    var sentences: [[String]]
    var goldTags: [[Int]]

    init(_ document: CoNLLCorpus.Document) {
        sentences = document.sentences.map(\.tokens)
        goldTags = document.sentences.map { s in BILOU.encode(CoNLLSpans.labeled(s.tags), length: s.tokens.count) }
    }

    /// `(category, phrase)` for every gold entity, category "conll-PER" etc.
    var entityPhrases: [(category: String, phrase: [String])] {
        var out: [(category: String, phrase: [String])] = []
        for (tokens, tags) in zip(sentences, goldTags) {
            for span in BILOU.decode(tags) {
                out.append(("conll-" + span.label.conllName, Array(tokens[span.start..<span.end])))
            }
        }
        return out
    }
}

/// Small deterministic random generator so training runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
