import Testing
import TextProcessing
@testable import EntityRecognition

/// Long documents are tagged a part at a time to bound memory; the tags must be exactly
/// those of the whole document as one part (same document context, same second-pass votes).
struct TaggingInPartsTests {
    static func sentences(of text: String) -> [[String]] {
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.sentences(in: text, tokens: tokens).map { tokens[$0].map(\.text) }
    }

    @Test(arguments: [1, 37, 400])
    func partsGiveTheWholeDocumentsTags(partTokens: Int) throws {
        let model = try NERResources.shippedModel()
        // The sample three times: names recur far apart, so votes cross part boundaries.
        let text = try Array(repeating: SampleArticle.blinkenText(), count: 3).joined(separator: "\n\n")
        let sentences = Self.sentences(of: text)
        let whole = model.tag(sentences: sentences, partTokens: Int.max)
        let parts = model.tag(sentences: sentences, partTokens: partTokens)
        #expect(parts == whole)
        #expect(whole.joined().contains { $0 != 0 })  // the sample has entities: the check can fail
    }
}
