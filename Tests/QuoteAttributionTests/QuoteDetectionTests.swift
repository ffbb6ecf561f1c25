import Articles
import Testing
@testable import QuoteAttribution

@Suite("Quote detection: every mark style, apostrophes, runs across paragraphs")
struct QuoteDetectionTests {
    let extractor = QuoteExtractor()

    func texts(_ text: String) -> [String] {
        extractor.quotes(in: text, paragraphs: [], entities: []).map(\.text)
    }

    @Test("curly, straight, guillemet, low-high and doubled-apostrophe marks all delimit quotes")
    func markStyles() {
        #expect(texts("He said “we will win” today.") == ["we will win"])
        #expect(texts("He said \"we will win\" today.") == ["we will win"])
        #expect(texts("Il a dit «nous gagnerons» hier.") == ["nous gagnerons"])
        #expect(texts("Er sagte „wir gewinnen“ gestern.") == ["wir gewinnen"])
        #expect(texts("''We will win,'' Mr. Trump said.") == ["We will win,"])
    }

    @Test("single marks quote in headlines; apostrophes and possessives never do")
    func singleMarks() {
        #expect(texts("Cruz 'glad to finish' fight with Trump.") == ["glad to finish"])
        #expect(texts("Blinken: Ending war ‘as quickly as possible’ top priority") == ["as quickly as possible"])
        #expect(texts("It’s the voters’ choice, and Trump's rivals don't agree; the ’90s are over.").isEmpty)
        #expect(texts("Democrats' plan is the senators' plan.").isEmpty)
    }

    @Test("a quote left open at a paragraph's end runs to that end; the next paragraph opens a new one")
    func continuedParagraphs() {
        let text = "“The first part of it,” she said. “And more.\n\n“The second part.”"
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.map(\.text) == ["The first part of it,", "And more.", "The second part."])
        #expect(quotes.map(\.speaker) == [nil, nil, nil])
    }

    @Test("offsets are code points of the text without its marks, also after non-BMP characters")
    func offsets() {
        let text = "🙂🙂 He said “héllo wörld” again."
        let quote = extractor.quotes(in: text, paragraphs: [], entities: []).first
        let scalars = Array(text.unicodeScalars)
        #expect(quote.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "héllo wörld")
        #expect(quote?.start == 12)
    }

    @Test("attribute quotes inside markup tags are not quotations")
    func markupTags() {
        #expect(texts("<tweet id=\"7503667\" author=\"@SpeakerRyan\">Thoughts</tweet>.").isEmpty)
    }

    @Test("a short title-case span nobody said is a name, not a quote; a spoken one stays")
    func workTitles() {
        #expect(texts("She appeared on ABC’s “Good Morning America” on Monday.").isEmpty)
        #expect(texts("“Build the Wall,” Trump said.") == ["Build the Wall,"])
    }

    @Test("kind: full for a statement of its own, partial for a fragment in the writer's sentence")
    func kinds() {
        let quotes = extractor.quotes(
            in: "“It is clear,” Blinken said. He called it a “durable, lasting peace.”", paragraphs: [], entities: [])
        #expect(quotes.map(\.kind) == [.full, .partial])
    }

    @Test("malformed paragraph spans and stray marks never crash")
    func malformedInput() {
        let text = "\"\"“”‘’'' “ \" ' « „"
        _ = extractor.quotes(in: text, paragraphs: [TextSpan(start: 5, end: 2), TextSpan(start: -3, end: 900)], entities: [])
        _ = extractor.quotes(in: "", paragraphs: [], entities: [])
        let deep = String(repeating: "“a ", count: 5_000)
        #expect(extractor.quotes(in: deep, paragraphs: [], entities: []).count <= 1)
    }
}

@Suite("Robustness on hostile input")
struct RobustnessTests {
    @Test("token soup of cues, marks, titles, abbreviations and names never traps and keeps offsets in bounds")
    func tokenSoup() {
        let vocabulary = [
            "said", "told", "added", ",", ",", ".", "?", ":", "(", ")", "--", "—", "“", "”", "\"", "''", "‘", "’", "'",
            "Mr.", "Sen.", "R-Ky.", "(D-Mo.)", "Trump", "Hillary Clinton", "King", "the", "a", "of", "three", "who",
            "which", "when", "and", "as", "with", "to", "according", "calling", "saying", "was", "reported", "by",
            "reads", "went", "on", "it", "he", "she", "Scott's", "family", "WASHINGTON", "9/11", "U.S.", "Md.",
            "Apple's", "chief", "executive", "Appearing", "footage", "\n\n", "82", "%", "Speaker", "House", "Rep.",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let extractor = QuoteExtractor()
        for _ in 0..<3_000 {
            let text = (0..<(1 + next(80))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
            let count = text.unicodeScalars.count
            let trump = Entity(id: "e1", name: "Donald Trump", type: .person, mentions: [Mention(text: "Trump", start: 0, end: min(5, count))])
            for quote in extractor.quotes(in: text, paragraphs: [], entities: [trump]) {
                #expect(quote.start >= 0 && quote.start < quote.end && quote.end <= count)
            }
        }
    }

    @Test("long chains of relative pronouns and cues end without deep recursion")
    func longChains() {
        let text = String(repeating: "who ", count: 20_000) + "said “yes.”"
        let quotes = QuoteExtractor().quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == nil)
    }
}
