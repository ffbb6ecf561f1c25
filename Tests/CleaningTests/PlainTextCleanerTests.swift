import Articles
import Testing
@testable import Cleaning

@Suite struct PlainTextCleanerTests {
    static let body = "A long first paragraph that explains what happened in the city council on Monday, in some detail."

    @Test func bylineMovesToMetadata() throws {
        let text = "Council approves budget\n\nBy Jane Doe and John Roe\n\n\(Self.body)"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .plainText, body: text))
        #expect(clean.authors == ["Jane Doe", "John Roe"])
        #expect(clean.byline == "By Jane Doe and John Roe")
        #expect(!clean.text.contains("Jane Doe"))
        #expect(clean.removed.contains(RemovedBlock(text: "By Jane Doe and John Roe", reason: "byline")))
    }

    @Test func shareSubscribeCookieAndRelatedLinesAreRemoved() throws {
        let text = """
        \(Self.body)

        Share this article
        Sign up for our daily newsletter
        We use cookies to improve your experience.
        Photo: Jane Doe/Reuters

        Read more
        Council votes on new parks plan
        Mayor names new police chief
        """
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .plainText, body: text))
        #expect(clean.text == Self.body)
        let reasons = clean.removed.map(\.reason)
        #expect(reasons == ["share", "newsletter", "cookie-notice", "photo-credit", "related", "related", "related"])
    }

    @Test func givenTitleIsUsedAndItsRepeatsRemoved() throws {
        let text = "Council approves budget\n\(Self.body)\n\nCouncil approves budget"
        let clean = try ArticleCleaner().clean(RawArticle(title: "Council approves budget", contentType: .plainText, body: text))
        #expect(clean.title == "Council approves budget")
        #expect(clean.text == Self.body)
    }

    @Test func normalisesUnicodeButKeepsCurlyQuotes() throws {
        let text = "\u{201C}Cafe\u{301}\u{00A0}culture\u{200B} is back,\u{201D} she said \u{2014} twice."
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .plainText, body: text))
        #expect(clean.text == "\u{201C}Caf\u{E9} culture is back,\u{201D} she said \u{2014} twice.")
        #expect(clean.text.unicodeScalars.count == clean.paragraphs[0].end)
    }

    @Test func sentenceStartingWithByIsNotAByline() {
        #expect(!BoilerplateLines.isByline("By the time the vote came, most members had left."))
        #expect(BoilerplateLines.isByline("By Antony Smith, Reuters"))
    }
}
