import Foundation
import Testing
@testable import Evaluation
@testable import EntityRecognition

/// A tiny corpus the trainer can fit exactly.
private let tinyCorpus = CoNLLCorpus(parsing: """
    -DOCSTART- O

    Peter B-PER
    Smith I-PER
    visited O
    Paris B-LOC
    . O

    Smith O
    works O
    for O
    Acme B-ORG
    Corp I-ORG
    . O

    -DOCSTART- O

    Anna B-PER
    left O
    Berlin B-LOC
    . O
    """)

private func tinyModel() -> NERModel {
    var options = NERTrainer.Options()
    options.epochs = 8
    options.bucketBits = 14
    options.folds = 2
    return NERTrainer(options: options, externalGazetteer: .empty) { _ in }.train(tinyCorpus, dev: nil)
}

@Test func trainedModelSurvivesTheFileFormat() throws {
    let model = tinyModel()
    let reloaded = try NERModelFile.decode(NERModelFile.encode(model))
    let doc = [["Peter", "Smith", "visited", "Paris", "."], ["Anna", "left", "Berlin", "."]]
    #expect(reloaded.bioTags(sentences: doc) == model.bioTags(sentences: doc))
    #expect(model.bioTags(sentences: doc)[0] == ["B-PER", "I-PER", "O", "B-LOC", "O"])
}

@Test func corruptModelFilesThrowInsteadOfCrashing() throws {
    let data = NERModelFile.encode(tinyModel())
    #expect(throws: ModelFileError.notAModel("model")) { try NERModelFile.decode(Data("hello".utf8)) }
    for cut in [5, 9, 20, data.count / 2, data.count - 1] {
        #expect(throws: ModelFileError.self) { try NERModelFile.decode(data.prefix(cut)) }
    }
    var flipped = data
    flipped[9] = 0xff  // version
    #expect(throws: ModelFileError.self) { try NERModelFile.decode(flipped) }
}

@Test func shippedModelLoadsAndTagsNews() throws {
    let model = try NERResources.shippedModel()
    let tags = model.bioTags(sentences: [["Antony", "Blinken", "visited", "Israel", "on", "Wednesday", "."]])
    #expect(tags[0][0...1] == ["B-PER", "I-PER"])
    #expect(tags[0][3] == "B-LOC")
}
