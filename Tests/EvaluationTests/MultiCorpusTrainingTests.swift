import Foundation
import Testing
@testable import Evaluation
@testable import EntityRecognition

/// `--train` specs, partial labels, case copies, clusters and the document pass
/// (the pieces `scripts/train-ner` combines for the shipped model).

@Test func trainSpecsReadWeightsUntrustedLabelsCaseAndAdapt() throws {
    let spec = try TrainingCorpus.Spec(parsing: "../shared/data/ner-more/gum/train.conll:weight=0.5:untrusted=MISC:case=0.2:adapt")
    #expect(spec.path == "../shared/data/ner-more/gum/train.conll")
    #expect(spec.name == "gum-train")
    #expect(spec.weight == 0.5)
    #expect(spec.untrustedLabels == [.misc])
    #expect(spec.caseCopies == 0.2)
    #expect(spec.adapt)
    #expect(try TrainingCorpus.Spec(parsing: "../shared/data/ner/conll2003_train.txt").name == "conll2003_train")
    #expect(try TrainingCorpus.Spec(parsing: "x.conll:name=news").name == "news")
    #expect(throws: TrainingCorpus.SpecError.badOption("weight=0")) { try TrainingCorpus.Spec(parsing: "x.conll:weight=0") }
    #expect(throws: TrainingCorpus.SpecError.badOption("untrusted=DATE")) {
        try TrainingCorpus.Spec(parsing: "x.conll:untrusted=DATE")
    }
    #expect(throws: TrainingCorpus.SpecError.missingPath(":weight=2")) { try TrainingCorpus.Spec(parsing: ":weight=2") }
}

@Test func untrustedMiscLetsOAndMiscTokensBeEitherButKeepsTrustedSpansExact() {
    let gold = BILOU.encode([LabeledSpan(start: 0, end: 2, label: .person), LabeledSpan(start: 3, end: 4, label: .misc)],
                            length: 5)
    let masks = PartialLabels.masks(gold: gold, untrusted: [.misc])
    let per = PartialLabels.bit(BILOU.tag(.begin, .person))
    #expect(masks[0] == per)
    #expect(masks[1] == PartialLabels.bit(BILOU.tag(.last, .person)))
    for k in [2, 3, 4] {
        #expect(masks[k] & PartialLabels.bit(0) != 0)
        #expect(masks[k] & PartialLabels.bit(BILOU.tag(.unit, .misc)) != 0)
        #expect(masks[k] & PartialLabels.bit(BILOU.tag(.unit, .location)) == 0)
    }
}

@Test func caseRewritesKeepTokenCountsAndWriteHeadlines() {
    let tokens = ["Stocks", "fall", "in", "the", "U.S.", "as", "iPhone", "sales", "slow"]
    #expect(CaseRewrite.upper.apply(tokens) == ["STOCKS", "FALL", "IN", "THE", "U.S.", "AS", "IPHONE", "SALES", "SLOW"])
    #expect(CaseRewrite.title.apply(tokens) == ["Stocks", "Fall", "in", "the", "U.S.", "as", "IPhone", "Sales", "Slow"])
    #expect(CaseRewrite.title.apply(["the", "end"]) == ["The", "End"])
}

@Test func partialLabelsNeverTeachThatAnUntrustedMiscIsWrong() {
    // The corpus tags "Germans" O and its MISC is untrusted: a model that also learns
    // CoNLL's MISC for it must keep it, not be pushed back to O.
    let conll = CoNLLCorpus(parsing: """
        Germans B-MISC
        like O
        Berlin B-LOC
        . O

        The O
        Germans B-MISC
        left O
        . O
        """)
    let other = CoNLLCorpus(parsing: """
        Germans O
        visited O
        Paris B-LOC
        . O
        """)
    var options = NERTrainer.Options()
    options.epochs = 6
    options.bucketBits = 14
    options.folds = 2
    options.secondPass = false
    let trainer = NERTrainer(options: options, externalGazetteer: .empty) { _ in }
    let trusting = trainer.train([TrainingCorpus(name: "a", corpus: conll), TrainingCorpus(name: "b", corpus: other, weight: 3)],
                                 devs: [])
    let masked = trainer.train([TrainingCorpus(name: "a", corpus: conll),
                                TrainingCorpus(name: "b", corpus: other, weight: 3, untrustedLabels: [.misc])], devs: [])
    let sentence = [["Germans", "visited", "Rome", "."]]
    #expect(masked.bioTags(sentences: sentence)[0][0] == "B-MISC")
    #expect(trusting.bioTags(sentences: sentence)[0][0] == "O")
}

@Test func clustersGroupWordsThatShareContextsAndIgnoreCase() {
    var text: [[String]] = []
    let cities = ["Paris", "Berlin", "Madrid", "Rome", "Vienna"]
    let verbs = ["said", "added", "noted", "argued", "claimed"]
    for i in 0..<200 {
        text.append(["He", "flew", "to", cities[i % 5], "on", "Monday", "."])
        text.append(["Officials", verbs[i % 5], "that", "talks", "would", "resume", "."])
    }
    var learner = ClusterLearner()
    learner.iterations = 5
    let clusters = learner.learn(text)
    var scratch: [UInt32] = []
    func code(_ w: String) -> UInt32 { clusters.code(WordInfo(w, scratch: &scratch).lower) }
    let top = { (w: String) in WordClusters.prefix(code(w), levels: 1) }
    #expect(code("Paris") != 0)
    #expect(code("PARIS") == code("Paris"))
    #expect(Set(cities.map(top)).count == 1)
    #expect(Set(verbs.map(top)).count == 1)
    #expect(top("Paris") != top("said"))
    #expect(code("Atlantis") == 0)
    // Deterministic: the same text gives the same bytes.
    #expect(NERModelFile.encodeClusters(clusters) == NERModelFile.encodeClusters(learner.learn(text)))
}

@Test func modelsWithClustersSurviveTheFileFormat() throws {
    let text = (0..<50).flatMap { i in
        [["Peter", "Smith", "visited", ["Paris", "Rome"][i % 2], "."], ["Anna", "left", "Berlin", "."]]
    }
    let clusters = ClusterLearner().learn(text)
    var options = NERTrainer.Options()
    options.epochs = 4
    options.bucketBits = 14
    options.folds = 2
    var trainer = NERTrainer(options: options, externalGazetteer: .empty) { _ in }
    trainer.clusters = clusters
    let corpus = CoNLLCorpus(parsing: "Peter B-PER\nSmith I-PER\nvisited O\nParis B-LOC\n. O\n")
    let model = trainer.train(corpus, dev: nil)
    let reloaded = try NERModelFile.decode(NERModelFile.encode(model))
    #expect(reloaded.clusters.count == clusters.count)
    let doc = [["Anna", "visited", "Rome", "."]]
    #expect(reloaded.bioTags(sentences: doc) == model.bioTags(sentences: doc))
    #expect(try NERModelFile.decodeClusters(NERModelFile.encodeClusters(clusters)).count == clusters.count)
}

@Test func documentPassGivesAPhraseItsClearMajorityType() {
    let coron = { (label: EntityLabel) in BILOU.encode([LabeledSpan(start: 0, end: 1, label: label)], length: 3) }
    let sentences = [["Coron", "is", "big"], ["Coron", "is", "far"], ["Coron", "is", "here"], ["Coron", "is", "old"]]
    var tags = [coron(.location), coron(.location), coron(.person), coron(.location)]
    DocumentConsistency.apply(&tags, sentences: sentences)
    #expect(tags.allSatisfy { $0 == coron(.location) })
    // Half and half is a real ambiguity: left alone.
    var split = [coron(.location), coron(.person)]
    DocumentConsistency.apply(&split, sentences: Array(sentences.prefix(2)))
    #expect(split == [coron(.location), coron(.person)])
}

@Test func documentPassLeavesPlaceVersusOrganisationAndCapitalLinesAlone() {
    let one = { (label: EntityLabel) in BILOU.encode([LabeledSpan(start: 0, end: 1, label: label)], length: 3) }
    // Chicago the team three times, Chicago the city once: both are right.
    let teams = [["Chicago", "beat", "Boston"], ["Chicago", "won", "again"], ["Chicago", "lost", "twice"],
                 ["Chicago", "is", "cold"]]
    var tags = [one(.organization), one(.organization), one(.organization), one(.location)]
    DocumentConsistency.apply(&tags, sentences: teams)
    #expect(tags[3] == one(.location))
    // A dateline in capitals neither votes nor changes.
    let dateline = [["CHICAGO", "1996-08-22", "NEWS"], ["Chicago", "said", "so"], ["Chicago", "said", "it"]]
    var withDateline = [one(.misc), one(.person), one(.person)]
    DocumentConsistency.apply(&withDateline, sentences: dateline)
    #expect(withDateline[0] == one(.misc))
}

@Test func scoresCanBeLimitedToSomeTypes() {
    var score = NERScore()
    score.add(gold: ["B-PER", "O", "B-MISC"], predicted: ["B-PER", "B-MISC", "O"], types: ["PER", "ORG", "LOC"])
    #expect(score.perType.keys.sorted() == ["PER"])
    #expect(score.overall.f1 == 1)
}
