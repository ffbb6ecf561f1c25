import Testing
@testable import Evaluation
import QuoteAttribution

@Suite("Scorer parity with eval_quotes.py")
struct ScorerTests {
    @Test("speaker heads follow the reference rules", arguments: [
        ("Secretary of State Antony Blinken", ["blinken", "secretary"]),
        ("Antony Blinken", ["blinken"]),
        ("Mr. Trump's", ["trump"]),
        ("Kessel, whose organization is helping", ["kessel"]),
        ("a spokesman for the campaign", ["spokesman"]),
        ("Sen. Bernie Sanders (I-Vt.)", ["sanders"]),
        ("he", []),
        ("Clinton and Trump", ["clinton", "trump"]),
    ])
    func heads(name: String, expected: [String]) {
        #expect(SpeakerHeads.heads(name) == Set(expected))
    }

    @Test("a pronoun or nil speaker is never correct; a surname match is")
    func correctness() {
        #expect(SpeakerHeads.correct(predicted: "Antony Blinken", gold: ["US Secretary of State Antony Blinken"]))
        #expect(!SpeakerHeads.correct(predicted: "he", gold: ["he"]))
        #expect(!SpeakerHeads.correct(predicted: nil, gold: ["Blinken"]))
    }

    @Test("matching is one-to-one by overlap of at least half the shorter span")
    func matching() {
        let gold = [ScoredQuote(text: "", start: 0, end: 10, speaker: "Alice", aliases: []),
                    ScoredQuote(text: "", start: 20, end: 30, speaker: nil, aliases: [])]
        let predicted = [ScoredQuote(text: "", start: 1, end: 9, speaker: "Alice", aliases: []),
                         ScoredQuote(text: "", start: 2, end: 8, speaker: "Alice", aliases: []),
                         ScoredQuote(text: "", start: 26, end: 40, speaker: nil, aliases: [])]
        let figures = QuoteScorer.score(gold: [ScoredArticle(id: "x", quotes: gold)],
                                        predicted: [ScoredArticle(id: "x", quotes: predicted)])
        #expect(figures.matched == 1)
        #expect(figures.speakerCorrect == 1)
        #expect(figures.predicted == 3)
        #expect(figures.endToEndHits == 1)
        #expect(figures.report.hasSuffix("F1 0.500"))
    }

    @Test("scored spans widen to include the quote marks")
    func markSpans() {
        let chars = Array("He said ''yes'' and “no”.".unicodeScalars)
        #expect(QuoteMarkSpan.withMarks(start: 10, end: 13, in: chars) == (8, 15))
        #expect(QuoteMarkSpan.withMarks(start: 21, end: 23, in: chars) == (20, 24))
    }
}
