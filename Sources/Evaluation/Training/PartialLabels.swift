import EntityRecognition
/// Partial-label masks for corpora that do not mark every label the CoNLL way
/// (`TrainingCorpus.untrustedLabels`).
///
/// A token that the corpus tags O, or tags with an untrusted label, may be O or
/// any BILOU tag of an untrusted label; a token inside a trusted span keeps its
/// exact tag. Training then moves towards the best path the mask permits (the
/// latent-variable perceptron), so a demonym GUM leaves untagged costs nothing
/// when the model calls it MISC, and GUM's MISC spans teach nothing either way.
package enum PartialLabels {
    static let allTags: UInt32 = (1 << UInt32(BILOU.count)) - 1

    /// Bit mask of tag `t`.
    @inline(__always)
    static func bit(_ t: Int) -> UInt32 { 1 << UInt32(t) }

    /// Allowed-tag masks of one sentence's gold BILOU tags.
    static func masks(gold: [Int], untrusted: Set<EntityLabel>) -> [UInt32] {
        var open: UInt32 = bit(0)
        for label in untrusted {
            for p in [BILOU.Position.begin, .inside, .last, .unit] { open |= bit(BILOU.tag(p, label)) }
        }
        return gold.map { tag in
            guard let label = BILOU.label(of: tag), !untrusted.contains(label) else { return open }
            return bit(tag)
        }
    }
}

extension TrainingDocument {
    /// A document of `corpus`, optionally with its casing rewritten (a headline-style copy).
    init(_ document: CoNLLCorpus.Document, of corpus: TrainingCorpus, casing: CaseRewrite? = nil) {
        self.init(document)
        if let casing { sentences = sentences.map(casing.apply) }
        weight = corpus.weight
        gazetteerGroup = corpus.name
        untrustedLabels = corpus.untrustedLabels
        if !corpus.untrustedLabels.isEmpty {
            allowed = goldTags.map { PartialLabels.masks(gold: $0, untrusted: corpus.untrustedLabels) }
        }
    }
}
