import Articles
import Testing
@testable import QuoteAttribution

@Suite("Seed article: all 13 quotes with the right speaker")
struct SeedArticleTests {
    let extractor = QuoteExtractor()

    @Test("the derived clean text has the seed's 18 paragraphs")
    func cleanTextShape() {
        #expect(SeedArticle.paragraphs.count == 18)
        #expect(SeedArticle.text.hasPrefix("US Secretary of State Antony Blinken said Wednesday"))
    }

    @Test("with entities: 13 of 13 quotes, texts, kinds, speakers and entity ids")
    func withEntities() {
        let quotes = extractor.quotes(in: SeedArticle.text, paragraphs: SeedArticle.paragraphs, entities: SeedArticle.entities)
        #expect(quotes.count == 13)
        let ids = ["Antony Blinken": "e1", "Joe Biden": "e2", "John Kirby": "e4"]
        for (quote, expected) in zip(quotes, SeedArticle.expected) {
            #expect(quote.text == expected.0)
            #expect(quote.speaker == expected.1, "\(quote.text)")
            #expect(quote.speakerId == ids[expected.1])
            #expect(quote.kind == expected.2, "\(quote.text)")
        }
    }

    @Test("offsets point at the quote text, marks excluded")
    func offsets() {
        let scalars = Array(SeedArticle.text.unicodeScalars)
        let quotes = extractor.quotes(in: SeedArticle.text, paragraphs: SeedArticle.paragraphs, entities: SeedArticle.entities)
        for quote in quotes {
            #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
            #expect(scalars[quote.start - 1] == "\u{201C}")
            #expect(scalars[quote.end] == "\u{201D}")
        }
    }

    @Test("without entities and without paragraph spans the speakers still resolve")
    func withoutEntities() {
        let quotes = extractor.quotes(in: SeedArticle.text, paragraphs: [], entities: [])
        #expect(quotes.map(\.speaker) == SeedArticle.expected.map { Optional($0.1) })
        #expect(quotes.allSatisfy { $0.speakerId == nil })
    }

    @Test("cues are recorded: 'added' for the pronoun quote, 'insisted' for the description")
    func cues() {
        let quotes = extractor.quotes(in: SeedArticle.text, paragraphs: SeedArticle.paragraphs, entities: SeedArticle.entities)
        #expect(quotes.count == 13)
        guard quotes.count == 13 else { return }
        #expect(quotes[3].cue == "added")
        #expect(quotes[11].cue == "added")
        #expect(quotes[12].cue == "insisted")
        #expect(quotes[0].cue == "said")
    }
}
