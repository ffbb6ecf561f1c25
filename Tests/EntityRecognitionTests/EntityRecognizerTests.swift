import Articles
import Testing
import TextProcessing
@testable import EntityRecognition

@Suite struct EntityRecognizerTests {
    let recognizer: EntityRecognizer

    init() throws { recognizer = try EntityRecognizer.shipped() }

    @Test func mentionOffsetsAreCodePointsIntoTheText() {
        let text = "🇺🇸 “Café owner” Angela Merkel met Emmanuel Macron in Paris on Friday."
        let scalars = Array(text.unicodeScalars)
        let entities = recognizer.entities(in: text, paragraphs: [])
        #expect(entities.contains { $0.name == "Angela Merkel" && $0.type == .person })
        for m in entities.flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
    }

    @Test func emptyAndOddInputGiveNoEntitiesAndNoCrash() {
        #expect(recognizer.entities(in: "", paragraphs: []).isEmpty)
        #expect(recognizer.entities(in: " \n\n ", paragraphs: [TextSpan(start: 0, end: 4)]).isEmpty)
        let long = String(repeating: "word Word ", count: 20_000)
        _ = recognizer.entities(in: long, paragraphs: [TextSpan(start: 50, end: 10)])
    }

    @Test func paragraphsBoundSentences() {
        let text = "He met John\nSmith left."
        let tokens = Tokenizer.tokenize(text)
        #expect(EntityRecognizer.sentences(in: text, tokens: tokens, paragraphs: []) == [0..<6])
        let paragraphs = [TextSpan(start: 0, end: 11), TextSpan(start: 12, end: 23)]
        #expect(EntityRecognizer.sentences(in: text, tokens: tokens, paragraphs: paragraphs) == [0..<3, 3..<6])
    }

    @Test func titlesAreNotEntities() {
        let entities = recognizer.entities(in: "The Secretary of State said on Monday that the President would travel.", paragraphs: [])
        #expect(!entities.contains { $0.name.contains("Secretary") || $0.name == "President" })
    }
}

@Test func overlongSentencesAreCut() {
    let text = String(repeating: "word ", count: 1_000)
    let tokens = Tokenizer.tokenize(text)
    let ranges = EntityRecognizer.sentences(in: text, tokens: tokens, paragraphs: [])
    #expect(ranges.count == 3)
    #expect(ranges.allSatisfy { $0.count <= EntityRecognizer.maxSentenceTokens })
    #expect(ranges.last?.upperBound == 1_000)
}

@Test func shippedRecognizerIsLoadedOncePerProcess() throws {
    #expect(try EntityRecognizer.shipped() === EntityRecognizer.shipped())
}
