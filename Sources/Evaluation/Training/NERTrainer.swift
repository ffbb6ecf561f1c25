import EntityRecognition
import Foundation

/// Trains an `NERModel` from CoNLL data with the averaged structured perceptron.
///
/// Features that look at the training labels (the CoNLL entity gazetteer and the
/// second pass's document votes) are computed jackknifed: each fold's documents
/// see only what was learnt from the other folds, so the model learns how much to
/// trust them on unseen text rather than memorising its own answers.
public struct NERTrainer: Sendable {
    public struct Options: Sendable {
        public var epochs = 12
        public var bucketBits = 19
        public var folds = 5
        public var secondPass = true
        public var seed: UInt64 = 2003
        public init() {}
    }

    public var options: Options
    public var externalGazetteer: Gazetteer
    public var log: @Sendable (String) -> Void

    public init(options: Options, externalGazetteer: Gazetteer, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.externalGazetteer = externalGazetteer
        self.log = log
    }

    public func train(_ corpus: CoNLLCorpus, dev: CoNLLCorpus?) -> NERModel {
        let docs = corpus.documents.map(TrainingDocument.init)
        let devDocs = dev?.documents.map(TrainingDocument.init) ?? []
        let k = max(2, options.folds)
        let foldGazetteers = (0..<k).map { fold in
            Self.conllGazetteer(docs.enumerated().filter { $0.offset % k != fold }.map(\.element))
        }
        let fullGazetteer = Self.conllGazetteer(docs)
        var extractor = FeatureExtractor(bucketBits: options.bucketBits)
        func features(_ d: TrainingDocument, _ gazetteer: Gazetteer, _ prior: [Int]?) -> FeatureMatrix {
            var m = FeatureMatrix()
            extractor.extract(sentences: d.sentences, gazetteers: [externalGazetteer, gazetteer], into: &m)
            guard let prior else { return m }
            var withVotes = FeatureMatrix()
            extractor.addingVotes(priorTags: prior, to: m, into: &withVotes)
            return withVotes
        }
        let trainFeatures = docs.enumerated().map { features($0.element, foldGazetteers[$0.offset % k], nil) }
        let devFeatures = devDocs.map { features($0, fullGazetteer, nil) }
        log("pass 1: \(docs.count) documents, \(corpus.tokenCount) tokens")
        let first = trainWeights(docs: docs, features: trainFeatures, devDocs: devDocs, devFeatures: devFeatures)
        guard options.secondPass else {
            return NERModel(bucketBits: options.bucketBits, firstPass: CompactWeights(dense: first), secondPass: nil,
                            gazetteers: [externalGazetteer, fullGazetteer])
        }
        var priors = [[Int]](repeating: [], count: docs.count)
        for fold in 0..<k {
            let held = docs.indices.filter { $0 % k == fold }
            let rest = docs.indices.filter { $0 % k != fold }
            log("pass 1 jackknife fold \(fold + 1)/\(k)")
            let w = trainWeights(docs: rest.map { docs[$0] }, features: rest.map { trainFeatures[$0] },
                                 devDocs: [], devFeatures: [])
            var decoder = ViterbiDecoder()
            for d in held {
                priors[d] = NERModel.decode(w, matrix: trainFeatures[d], sentences: docs[d].sentences,
                                            decoder: &decoder).flatMap { $0 }
            }
        }
        let secondTrain = docs.enumerated().map {
            features($0.element, foldGazetteers[$0.offset % k], priors[$0.offset])
        }
        var decoder = ViterbiDecoder()
        let secondDev = devDocs.enumerated().map { i, d in
            let prior = NERModel.decode(first, matrix: devFeatures[i], sentences: d.sentences, decoder: &decoder)
            return features(d, fullGazetteer, prior.flatMap { $0 })
        }
        log("pass 2")
        let second = trainWeights(docs: docs, features: secondTrain, devDocs: devDocs, devFeatures: secondDev)
        return NERModel(bucketBits: options.bucketBits, firstPass: CompactWeights(dense: first), secondPass: CompactWeights(dense: second),
                        gazetteers: [externalGazetteer, fullGazetteer])
    }

    /// Gazetteer of every gold entity phrase in `docs`, by CoNLL type.
    static func conllGazetteer(_ docs: [TrainingDocument]) -> Gazetteer {
        var entries: [(category: String, phrase: String)] = []
        for d in docs {
            for e in d.entityPhrases { entries.append((e.category, e.phrase.joined(separator: " "))) }
        }
        return Gazetteer(entries: entries) { $0.split(separator: " ").map(String.init) }
    }

    func trainWeights(
        docs: [TrainingDocument], features: [FeatureMatrix], devDocs: [TrainingDocument], devFeatures: [FeatureMatrix]
    ) -> LinearChainWeights {
        var perceptron = AveragedPerceptron(bucketBits: options.bucketBits)
        var order: [(doc: Int, sentence: Int, base: Int)] = []
        for (d, doc) in docs.enumerated() {
            var base = 0
            for (s, sentence) in doc.sentences.enumerated() {
                order.append((d, s, base))
                base += sentence.count
            }
        }
        var rng = SplitMix64(state: options.seed)
        var decoder = ViterbiDecoder()
        var predicted: [Int] = []
        for epoch in 1...options.epochs {
            let started = Date()
            order.shuffle(using: &rng)
            var mistakes = 0
            for (d, s, base) in order {
                let gold = docs[d].goldTags[s]
                let range = base..<(base + gold.count)
                decoder.decode(perceptron.weights, features: features[d], range: range, tags: &predicted)
                if predicted != gold {
                    mistakes += 1
                    perceptron.update(features: features[d], range: range, gold: gold, predicted: predicted)
                }
                perceptron.nextExample()
            }
            var line = "  epoch \(epoch): \(mistakes) sentences wrong, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
            if !devDocs.isEmpty && (epoch == options.epochs || epoch % 3 == 0) {
                let f1 = Self.f1(perceptron.averaged(), docs: devDocs, features: devFeatures)
                line += String(format: ", dev F1 %.4f", f1)
            }
            log(line)
        }
        return perceptron.averaged()
    }

    static func f1(_ weights: LinearChainWeights, docs: [TrainingDocument], features: [FeatureMatrix]) -> Double {
        var gold = 0, predicted = 0, correct = 0
        var decoder = ViterbiDecoder()
        for (d, doc) in docs.enumerated() {
            let tags = NERModel.decode(weights, matrix: features[d], sentences: doc.sentences, decoder: &decoder)
            for (p, g) in zip(tags, doc.goldTags) {
                let ps = Set(BILOU.decode(p)), gs = Set(BILOU.decode(g))
                gold += gs.count
                predicted += ps.count
                correct += ps.intersection(gs).count
            }
        }
        let pr = predicted == 0 ? 0 : Double(correct) / Double(predicted)
        let rc = gold == 0 ? 0 : Double(correct) / Double(gold)
        return pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)
    }
}
