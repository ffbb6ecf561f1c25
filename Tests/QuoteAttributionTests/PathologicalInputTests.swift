import Articles
import Testing
@testable import QuoteAttribution

/// Inputs built to make a scan quadratic: no full stops, thousands of quote marks, runs
/// of capitalised words. The answers must stay right; the bench (`newsflow bench limits`)
/// measures that the time stays linear.
@Suite("Quote attribution on pathological input")
struct PathologicalInputTests {
    let extractor = QuoteExtractor()

    @Test("a sentence start more than the left window back still attributes a quote to the cue next to it")
    func longRunOnSentence() {
        let filler = Array(repeating: "and then some more words", count: 200).joined(separator: " ")
        let text = "\(filler) and Senator Blinken said “we will win the vote” on Tuesday"
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.map(\.text) == ["we will win the vote"])
        #expect(quotes.first?.speaker == "Senator Blinken" || quotes.first?.speaker == "Blinken")
    }

    @Test("thousands of quotes in one sentence with no full stop are all found")
    func manyQuotesOneSentence() {
        let text = Array(repeating: "he said “yes” and", count: 3_000).joined(separator: " ")
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.count == 3_000)
        #expect(quotes.allSatisfy { $0.text == "yes" })
    }

    @Test("every word capitalised: no speaker is invented from a run of capitals")
    func everyWordCapitalised() {
        let text = Array(repeating: "The Quick Brown Fox Jumps Over The Lazy Dog", count: 2_000).joined(separator: " ")
            + " he said “we will win the vote”"
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.map(\.text) == ["we will win the vote"])
        #expect(quotes.first?.speaker == nil || quotes.first?.speaker == "he")
    }

    @Test("in a paragraph of thousands of quotes, uncued ones take the nearest cued quote's speaker")
    func uncuedQuotesTakeTheNearestCuedSpeaker() {
        let uncued = (1...2_000).map { "“point \($0) stands.”" }.joined(separator: " ")
        let text = "“We will win,” Blinken said. \(uncued)"
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.count == 2_001)
        #expect(quotes.allSatisfy { $0.speaker == "Blinken" })
    }
}
