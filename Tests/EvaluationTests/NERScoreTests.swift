import Testing
@testable import Evaluation
@testable import EntityRecognition

@Test func spansFollowConllevalForMixedSchemes() {
    // IOB1: I- starts a chunk after O; B- separates adjacent chunks of one type.
    #expect(CoNLLSpans.spans(["I-PER", "I-PER", "B-PER", "O"])
        == [.init(start: 0, end: 2, type: "PER"), .init(start: 2, end: 3, type: "PER")])
    // A type change inside a chunk starts a new one.
    #expect(CoNLLSpans.spans(["B-ORG", "I-LOC"])
        == [.init(start: 0, end: 1, type: "ORG"), .init(start: 1, end: 2, type: "LOC")])
    // BILOU: U- closes at once; a following L- opens its own chunk.
    #expect(CoNLLSpans.spans(["U-LOC", "L-LOC", "O"])
        == [.init(start: 0, end: 1, type: "LOC"), .init(start: 1, end: 2, type: "LOC")])
    // Bare types are IO.
    #expect(CoNLLSpans.spans(["PER", "PER", "O", "LOC"])
        == [.init(start: 0, end: 2, type: "PER"), .init(start: 3, end: 4, type: "LOC")])
}

@Test func scoreTablePrintsLikeTheReferenceScorer() {
    var score = NERScore()
    score.add(gold: ["I-PER", "I-PER", "B-PER", "O", "B-ORG", "I-LOC"],
              predicted: ["B-PER", "I-PER", "B-PER", "B-MISC", "B-ORG", "O"])
    score.add(gold: ["U-LOC", "L-LOC", "O"], predicted: ["B-LOC", "I-LOC", "O"])
    // Output of shared/tools/eval_ner.py on the same two sentences.
    let reference = """
        type         gold   pred correct       P       R      F1
        LOC             3      1       0  0.0000  0.0000  0.0000
        MISC            0      1       0  0.0000  0.0000  0.0000
        ORG             1      1       1  1.0000  1.0000  1.0000
        PER             2      2       2  1.0000  1.0000  1.0000
        overall         6      5       3  0.6000  0.5000  0.5455
        tokens 9  token-accuracy 0.4444  macro-F1 0.5000
        F1 0.5455
        """
    #expect(score.render() == reference)
}

@Test func corpusReaderSplitsDocumentsAndSentences() {
    let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- O O\n\nBonn B-LOC\n"
    let corpus = CoNLLCorpus(parsing: text)
    #expect(corpus.documents.count == 2)
    #expect(corpus.documents[0].sentences.map(\.tokens) == [["EU", "rejects"], ["Peter"]])
    #expect(corpus.documents[0].sentences[0].tags == ["B-ORG", "O"])
    #expect(corpus.documents[1].sentences[0].tags == ["B-LOC"])
    #expect(corpus.tokenCount == 4)
}

@Test func bilouEncodingRoundTripsAndForbidsBrokenSequences() {
    let spans = [LabeledSpan(start: 0, end: 2, label: .person), LabeledSpan(start: 3, end: 4, label: .location),
                 LabeledSpan(start: 4, end: 7, label: .organization)]
    let tags = BILOU.encode(spans, length: 8)
    #expect(BILOU.decode(tags) == spans)
    let iPer = BILOU.tag(.inside, .person)
    #expect(!BILOU.allowed(from: 0, to: iPer))
    #expect(!BILOU.allowed(from: nil, to: iPer))
    #expect(BILOU.allowed(from: BILOU.tag(.begin, .person), to: iPer))
    #expect(!BILOU.allowed(from: BILOU.tag(.begin, .person), to: 0))
    #expect(!BILOU.canEnd(BILOU.tag(.begin, .misc)))
}
