import Articles
import Testing
@testable import Cleaning

@Suite struct HTMLExtractionTests {
    static let sentences = [
        "The city council voted on Monday to approve a budget that raises spending on schools, parks and libraries.",
        "Critics said the plan would require higher property taxes, while supporters argued it was long overdue.",
        "The mayor is expected to sign the budget into law later this week, according to her office.",
    ]

    static func page(article: String, extra: String = "") -> String {
        """
        <html lang="de-DE"><head><title>Budget passes | City Times</title>
        <meta property="og:site_name" content="City Times">
        <meta name="author" content="Jane Doe">
        <meta name="date" content="Wed, 20 Dec 2023 21:14:00 +0200">
        </head><body>
        <header class="masthead"><a href="/">City Times</a></header>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="layout"><div class="main">\(article)</div>
        <div class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Another story about something else entirely</a></li>
        <li><a href="/2">Yet another story people clicked on today</a></li></ul></div></div>
        \(extra)
        <footer><p>© 2023 City Times. All rights reserved.</p></footer>
        </body></html>
        """
    }

    @Test func keepsSubheadingsAndListsInsideTheArticleInOrder() throws {
        let article = "<h1>Budget passes</h1><p>\(Self.sentences[0])</p><h2>What changes</h2>"
            + "<ul><li>More money for schools, parks and the central library.</li><li>A new bus line to the harbour.</li></ul>"
            + "<p>\(Self.sentences[1])</p><p>\(Self.sentences[2])</p>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article)))
        #expect(clean.text == [Self.sentences[0], "What changes", "More money for schools, parks and the central library.",
                               "A new bus line to the harbour.", Self.sentences[1], Self.sentences[2]].joined(separator: "\n\n"))
        #expect(clean.title == "Budget passes")
        #expect(clean.siteName == "City Times")
        #expect(clean.authors == ["Jane Doe"])
        #expect(clean.publishedAt == "2023-12-20T21:14:00+02:00")
        #expect(clean.language == "de")
    }

    @Test func dropsCaptionsBylinesAndInlineFurniture() throws {
        let article = "<div class=\"byline\">By Jane Doe</div><figure><img src=x.jpg><figcaption>The council chamber. Photo: John Roe</figcaption></figure>"
            + Self.sentences.map { "<p>\($0)</p>" }.joined(separator: "<div class=\"ad-slot\">Advertisement</div>")
            + "<div class=\"social-share\"><a href=#>Facebook</a><a href=#>Twitter</a></div>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article)))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
        let reasons = Set(clean.removed.map(\.reason))
        #expect(reasons.isSuperset(of: ["caption", "advertisement", "share", "navigation", "footer"]))
    }

    @Test func usesJSONLDBodyWhenThePageHasNoParagraphs() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes",
        "articleBody":"\(Self.sentences[0])\\n\\n\(Self.sentences[1])","datePublished":"2023-12-20T19:14:00Z","author":[{"@type":"Person","name":"Jane Doe"}]}</script>
        </head><body><div id="app"></div></body></html>
        """
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
        #expect(clean.paragraphs.count == 2)
        #expect(clean.authors == ["Jane Doe"])
        #expect(clean.publishedAt == "2023-12-20T19:14:00Z")
    }

    @Test func commentSectionIsNotTakenForTheArticle() throws {
        let comments = "<section id=\"comments\">" + (0..<5).map { _ in "<p>\(Self.sentences[1]) I disagree with all of it.</p>" }.joined() + "</section>"
        let article = Self.sentences.map { "<p>\($0)</p>" }.joined()
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article, extra: comments)))
        #expect(!clean.text.contains("I disagree"))
        #expect(clean.removed.contains { $0.reason == "comment-form" })
    }

    @Test func teaserCardsNextToTheArticleAreLeftOut() throws {
        let cards = (1...4).map { n in
            "<li><h3><a href=\"/story/\(n)\">Another story number \(n) that readers clicked on</a></h3>"
                + "<p>A summary of story \(n), written as a full sentence so that it looks like text.</p></li>"
        }.joined()
        let article = Self.sentences.map { "<p>\($0)</p>" }.joined() + "<ul class=\"cards\">\(cards)</ul>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article)))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
    }

    @Test func shortTextBesideAnImageIsACaption() throws {
        let article = "<p>\(Self.sentences[0])</p><div class=\"pic\"><img src=\"a.jpg\"><div>Council members vote on Monday</div></div>"
            + "<p>\(Self.sentences[1])</p><p>\(Self.sentences[2])</p>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article)))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
        #expect(clean.removed.contains(RemovedBlock(text: "Council members vote on Monday", reason: "caption")))
    }

    @Test func dataTableRowsReadAsLines() throws {
        let rows = (1...6).map { "<tr><td>\($0)</td><td>Driver number \($0)</td><td>\(5000 - $0 * 10)</td></tr>" }.joined()
        let article = Self.sentences.map { "<p>\($0)</p>" }.joined() + "<table>\(rows)</table>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: Self.page(article: article)))
        #expect(clean.text.hasSuffix("1 Driver number 1 4990\n\n2 Driver number 2 4980\n\n3 Driver number 3 4970"
                                     + "\n\n4 Driver number 4 4960\n\n5 Driver number 5 4950\n\n6 Driver number 6 4940"))
    }
}
