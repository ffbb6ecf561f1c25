import EntityRecognition
/// One document prepared for training: token texts, gold BILOU tags and the
/// gold entity phrases (for the training-data gazetteer).
struct TrainingDocument {
    var sentences: [[String]]
    var goldTags: [[Int]]
    /// Per sentence, per token: bit mask of the BILOU tags the gold allows (partial labels,
    /// see `TrainingCorpus.untrustedLabels`); nil when the gold tags are exact.
    var allowed: [[UInt32]]? = nil
    /// Multiplies this document's perceptron updates (`TrainingCorpus.weight`).
    var weight: Float = 1
    /// Prefix of its gazetteer categories ("conll" → "conll-PER"), so each corpus's names get their own weights.
    var gazetteerGroup = "conll"
    /// 1-based index of the corpus whose private feature copies this document trains (0 = none).
    var domain = 0
    /// Labels whose gold phrases stay out of the training-data gazetteer.
    var untrustedLabels: Set<EntityLabel> = []

    init(_ document: CoNLLCorpus.Document) {
        sentences = document.sentences.map(\.tokens)
        goldTags = document.sentences.map { s in BILOU.encode(CoNLLSpans.labeled(s.tags), length: s.tokens.count) }
    }

    /// `(category, phrase)` for every gold entity, category "conll-PER" etc.
    var entityPhrases: [(category: String, phrase: [String])] {
        var out: [(category: String, phrase: [String])] = []
        for (tokens, tags) in zip(sentences, goldTags) {
            for span in BILOU.decode(tags) where !untrustedLabels.contains(span.label) {
                out.append((gazetteerGroup + "-" + span.label.conllName, Array(tokens[span.start..<span.end])))
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
