import Testing
@testable import Cleaning

@Suite struct ComponentTests {
    @Test(arguments: [
        ("2023-12-20T21:14:00+02:00", "2023-12-20T21:14:00+02:00"),
        ("2023-12-20T19:14:00.123Z", "2023-12-20T19:14:00Z"),
        ("2023-12-20 21:14", "2023-12-20T21:14:00"),
        ("2023-12-20", "2023-12-20"),
        ("20231220", "2023-12-20"),
        ("Wed, 20 Dec 2023 21:14:00 +0200", "2023-12-20T21:14:00+02:00"),
        ("December 20, 2023 9:14 pm", "2023-12-20T21:14:00"),
    ])
    func datesBecomeISO8601(raw: String, iso: String) {
        #expect(ISODateNormalizer.normalize(raw) == iso)
    }

    @Test func nonDatesAreNotInvented() {
        #expect(ISODateNormalizer.normalize("yesterday") == nil)
        #expect(ISODateNormalizer.normalize("2023-13-45") == nil)
    }

    @Test func hintsNameBoilerplateButYieldToArticleBodies() {
        #expect(BoilerplateHints.classify("comment-form")?.reason == .comments)
        #expect(BoilerplateHints.classify("article-share-bar")?.reason == .share)
        #expect(BoilerplateHints.classify("ad-slot")?.reason == .advertisement)
        #expect(BoilerplateHints.classify("sidebar")?.reason == .sidebar)
        #expect(BoilerplateHints.classify("main-content with-sidebar") == nil)
        // The display:none utility class hides a panel; Tailwind's `hidden md:block` shows on a desktop.
        #expect(BoilerplateHints.classify("feedback hidden")?.reason == .hidden)
        #expect(BoilerplateHints.classify("hidden md:block") == nil)
        // A state, not a role: an item without a caption, a wrapper that has a sidebar.
        #expect(BoilerplateHints.classify("list-item no_caption") == nil)
        #expect(BoilerplateHints.classify("has-sidebar") == nil)
        #expect(BoilerplateHints.classify("header load") == nil)
        #expect(BoilerplateHints.classify("commentary-body") == nil)
        #expect(BoilerplateHints.isArticleBody("article__body"))
        #expect(BoilerplateHints.isArticleBody("itemprop-articlebody"))
        #expect(!BoilerplateHints.isArticleBody("article-list"))
    }

    @Test func titleLosesOnlyTheSiteName() {
        #expect(TitleCleaner.removeSiteName(from: "Budget passes | City Times", siteName: "City Times") == "Budget passes")
        #expect(TitleCleaner.removeSiteName(from: "City Times - Budget passes", siteName: "City Times") == "Budget passes")
        #expect(TitleCleaner.removeSiteName(from: "Israel-Hamas war - day 75", siteName: "City Times") == "Israel-Hamas war - day 75")
    }

    @Test func dateLinesAreRecognised() {
        #expect(DateLineDetector.isDateLine("20 December 2023, 9:14 pm"))
        #expect(DateLineDetector.isDateLine("Updated 3 hours ago"))
        #expect(!DateLineDetector.isDateLine("The vote is on 20 December"))
    }

    @Test func paragraphSpansCountCodePointsNotBytes() {
        let (text, spans) = ParagraphAssembler.assemble(["Caf\u{E9} \u{1F600}", "two"])
        #expect(text == "Caf\u{E9} \u{1F600}\n\ntwo")
        #expect(spans.map(\.start) == [0, 8])
        #expect(spans.map(\.end) == [6, 11])
    }

    @Test func prefilterDropsScriptsButKeepsJSONLD() {
        let html = "<p title=\"a <script> b\">x</p><script>var a = '<p>no</p>';</script><!-- c --><style>p{}</style>"
            + "<script type=\"application/ld+json\">{\"a\":1}</script><SCRIPT>x</SCRIPT >y"
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(out == "<p>x</p><script type=\"application/ld+json\">{\"a\":1}</script>y")
    }

    @Test func prefilterKeepsOnlyTheAttributesTheCleanerReads() {
        let html = "<div data-x='1 > 2' class=\"story body\" style=\"color:red\" onclick=go()><a href=\"/x\" rel=author>A</a>"
            + "<span style=\"display: NONE\" hidden/><meta property=\"og:title\" content=\"T\"><img src=x.jpg alt=\"a b\"/></div>"
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(out == "<div class=\"story body\"><a rel=author>A</a><span style=\"display: NONE\" hidden/>"
                + "<meta property=\"og:title\" content=\"T\"><img/></div>")
    }
}
