import Articles
import Testing
@testable import QuoteAttribution

/// Frame words keep the periods of the shared list's quote-frame abbreviations and of
/// initials, so a bare "." always ends a sentence.
@Suite("Frame tokens and abbreviations")
struct FrameTokenizerTests {
    func texts(_ text: String) -> [String] {
        let chars = Array(text.unicodeScalars)
        return FrameTokenizer.tokens(chars, paragraph: TextSpan(start: 0, end: chars.count), quotes: [], quoteIndices: 0..<0)
            .map(\.text)
    }

    @Test("quote-frame abbreviations keep their period, the tokenizer's own do not")
    func abbreviations() {
        #expect(texts("Sen. Smith of Wyo. met U.S. and D.C. officials in Jun. No. 2 said so.")
            == ["Sen.", "Smith", "of", "Wyo.", "met", "U.S.", "and", "D.C.", "officials", "in", "Jun", ".",
                "No.", "2", "said", "so", "."])
        #expect(texts("Rep. Jones (D-Mo.) and R-Ky. etc. agreed")
            == ["Rep.", "Jones", "(", "D-Mo.", ")", "and", "R-Ky.", "etc", ".", "agreed"])
    }

    @Test("words straighten curly apostrophes and join fractions and dates")
    func words() {
        #expect(texts("Obama’s 9/11 speech, ½ hour") == ["Obama's", "9/11", "speech", ",", "½", "hour"])
    }
}
