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
        /// Features seen fewer times than this in training lose their weights (`FeaturePruning`); 1 keeps all.
        public var minFeatureCount = 1
        public init() {}
    }

    public var options: Options
    public var externalGazetteer: Gazetteer
    /// Word clusters for the cluster features (learnt from unlabelled text by `ClusterLearner`); shipped in the model.
    public var clusters: WordClusters = .empty
    public var log: @Sendable (String) -> Void

    public init(options: Options, externalGazetteer: Gazetteer, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.externalGazetteer = externalGazetteer
        self.log = log
    }

    /// Trains on one CoNLL corpus (every label trusted, weight 1).
    public func train(_ corpus: CoNLLCorpus, dev: CoNLLCorpus?) -> NERModel {
        train([TrainingCorpus(name: "conll", corpus: corpus)], devs: dev.map { [("dev", $0)] } ?? [])
    }

    /// Trains on several corpora at once (see `TrainingCorpus` for weights, partial labels and
    /// case copies); each dev set is scored every third epoch.
    public func train(_ corpora: [TrainingCorpus], devs: [(name: String, corpus: CoNLLCorpus)]) -> NERModel {
        var docs: [TrainingDocument] = []
        var foldOf: [Int] = []
        var inGazetteer: [Bool] = []
        let k = max(2, options.folds)
        var rng = SplitMix64(state: options.seed ^ 0x5ca1ab1e)
        var original = 0
        for (corpusIndex, c) in corpora.enumerated() {
            for d in c.corpus.documents {
                let fold = original % k
                original += 1
                var doc = TrainingDocument(d, of: c)
                if c.adapt { doc.domain = corpusIndex + 1 }
                docs.append(doc)
                foldOf.append(fold)
                inGazetteer.append(true)
                // Case copies stay in their original's fold, so the jackknifed features never see themselves.
                for casing in CaseRewrite.allCases where c.caseCopies > 0 {
                    guard Double(rng.next() >> 11) / Double(1 << 53) < c.caseCopies else { continue }
                    var copy = TrainingDocument(d, of: c, casing: casing)
                    copy.domain = doc.domain
                    docs.append(copy)
                    foldOf.append(fold)
                    inGazetteer.append(false)
                }
            }
        }
        let devDocs = devs.map { $0.corpus.documents.map(TrainingDocument.init) }
        let foldGazetteers = (0..<k).map { fold in
            Self.conllGazetteer(docs.indices.filter { foldOf[$0] != fold && inGazetteer[$0] }.map { docs[$0] })
        }
        let fullGazetteer = Self.conllGazetteer(docs.indices.filter { inGazetteer[$0] }.map { docs[$0] })
        var extractor = FeatureExtractor(bucketBits: options.bucketBits)
        func features(_ d: TrainingDocument, _ gazetteer: Gazetteer, _ prior: [Int]?) -> FeatureMatrix {
            var m = FeatureMatrix()
            extractor.extract(sentences: d.sentences, gazetteers: [externalGazetteer, gazetteer], clusters: clusters, into: &m)
            var out = m
            if let prior { extractor.addingVotes(priorTags: prior, to: m, into: &out) }
            return d.domain == 0 ? out : DomainFeatures.withCopies(out, domain: d.domain, bucketBits: options.bucketBits)
        }
        let trainFeatures = docs.indices.map { features(docs[$0], foldGazetteers[foldOf[$0]], nil) }
        let devFeatures = devDocs.map { set in set.map { features($0, fullGazetteer, nil) } }
        let tokens = docs.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.count } }
        log("pass 1: \(docs.count) documents, \(tokens) tokens, \(corpora.count) corpora")
        let devNames = devs.map(\.name)
        let adapted = docs.map { $0.domain != 0 }
        var first = trainWeights(docs: docs, features: trainFeatures, devNames: devNames, devDocs: devDocs,
                                 devFeatures: devFeatures)
        let pruneFirst = options.minFeatureCount > 1 || corpora.contains(where: \.adapt)
        if pruneFirst {
            let counts = FeaturePruning.sharedCounts(trainFeatures, adapted: adapted, bucketBits: options.bucketBits)
            FeaturePruning.prune(&first, counts: counts, minCount: options.minFeatureCount)
        }
        guard options.secondPass else {
            return NERModel(bucketBits: options.bucketBits, firstPass: CompactWeights(dense: first), secondPass: nil,
                            gazetteers: [externalGazetteer, fullGazetteer], clusters: clusters)
        }
        var priors = [[Int]](repeating: [], count: docs.count)
        for fold in 0..<k {
            let held = docs.indices.filter { foldOf[$0] == fold }
            let rest = docs.indices.filter { foldOf[$0] != fold }
            log("pass 1 jackknife fold \(fold + 1)/\(k)")
            let w = trainWeights(docs: rest.map { docs[$0] }, features: rest.map { trainFeatures[$0] },
                                 devNames: [], devDocs: [], devFeatures: [])
            var decoder = ViterbiDecoder()
            for d in held {
                priors[d] = NERModel.decode(w, matrix: trainFeatures[d], sentences: docs[d].sentences,
                                            decoder: &decoder).flatMap { $0 }
            }
        }
        let secondTrain = docs.indices.map { features(docs[$0], foldGazetteers[foldOf[$0]], priors[$0]) }
        var decoder = ViterbiDecoder()
        let secondDev = devDocs.indices.map { s in
            devDocs[s].enumerated().map { i, d in
                let prior = NERModel.decode(first, matrix: devFeatures[s][i], sentences: d.sentences, decoder: &decoder)
                return features(d, fullGazetteer, prior.flatMap { $0 })
            }
        }
        log("pass 2")
        var second = trainWeights(docs: docs, features: secondTrain, devNames: devNames, devDocs: devDocs,
                                  devFeatures: secondDev)
        if pruneFirst {
            let counts = FeaturePruning.sharedCounts(secondTrain, adapted: adapted, bucketBits: options.bucketBits)
            FeaturePruning.prune(&second, counts: counts, minCount: options.minFeatureCount)
        }
        return NERModel(bucketBits: options.bucketBits, firstPass: CompactWeights(dense: first), secondPass: CompactWeights(dense: second),
                        gazetteers: [externalGazetteer, fullGazetteer], clusters: clusters)
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
        docs: [TrainingDocument], features: [FeatureMatrix], devNames: [String], devDocs: [[TrainingDocument]],
        devFeatures: [[FeatureMatrix]]
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
        var target: [Int] = []
        for epoch in 1...options.epochs {
            let started = Date()
            order.shuffle(using: &rng)
            var mistakes = 0
            for (d, s, base) in order {
                let doc = docs[d]
                let range = base..<(base + doc.goldTags[s].count)
                decoder.decode(perceptron.weights, features: features[d], range: range, tags: &predicted)
                if let allowed = doc.allowed {
                    // Partial labels: the target is the best path the gold permits.
                    let mask = allowed[s]
                    if zip(predicted, mask).allSatisfy({ $1 & PartialLabels.bit($0) != 0 }) {
                        perceptron.nextExample()
                        continue
                    }
                    decoder.decode(perceptron.weights, features: features[d], range: range, allowed: mask, tags: &target)
                } else {
                    target = doc.goldTags[s]
                }
                if predicted != target {
                    mistakes += 1
                    perceptron.update(features: features[d], range: range, gold: target, predicted: predicted,
                                      weight: doc.weight)
                }
                perceptron.nextExample()
            }
            var line = "  epoch \(epoch): \(mistakes) sentences wrong, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
            if !devDocs.isEmpty && (epoch == options.epochs || epoch % 3 == 0) {
                let averaged = perceptron.averaged()
                for (i, name) in devNames.enumerated() {
                    let f1 = Self.f1(averaged, docs: devDocs[i], features: devFeatures[i])
                    let core = Self.f1(averaged, docs: devDocs[i], features: devFeatures[i], labels: [.person, .organization, .location])
                    line += String(format: ", %@ %.4f (PER/ORG/LOC %.4f)", name, f1, core)
                }
            }
            log(line)
        }
        return perceptron.averaged()
    }

    /// Entity F1 of `weights` on `docs`, counting only spans of `labels`.
    static func f1(
        _ weights: LinearChainWeights, docs: [TrainingDocument], features: [FeatureMatrix],
        labels: Set<EntityLabel> = Set(EntityLabel.allCases)
    ) -> Double {
        var gold = 0, predicted = 0, correct = 0
        var decoder = ViterbiDecoder()
        for (d, doc) in docs.enumerated() {
            let tags = NERModel.decode(weights, matrix: features[d], sentences: doc.sentences, decoder: &decoder)
            for (p, g) in zip(tags, doc.goldTags) {
                let ps = Set(BILOU.decode(p).filter { labels.contains($0.label) })
                let gs = Set(BILOU.decode(g).filter { labels.contains($0.label) })
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
