import Articles
import Testing
@testable import Cleaning

/// Hand-made pages for the weak spots found on pages from other sites and eras
/// (issue 13): each fixture is written for the test, none is copied from a benchmark.
@Suite struct GeneralizationFixtureTests {
    static let sentences = [
        "The harbour authority said on Tuesday that the new ferry terminal would open in the spring after two years of delays.",
        "Engineers found that the foundations had settled more than expected, which forced the contractor to redesign the piers.",
        "Local businesses welcomed the news, saying the old terminal had been too small for the summer crowds for a decade.",
        "The authority expects about two million passengers a year once the second berth is finished next autumn.",
    ]

    /// Fourteen distinct paragraphs, about 1,700 bytes: the size of a short real article
    /// (the segmenter's "this wrapper is the article" tests want some text to go by).
    static let longBody: [String] = (0..<14).map { "Part \($0 + 1). " + sentences[$0 % sentences.count] }

    static func clean(_ html: String) throws -> CleanSection {
        try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
    }

    static func frame(_ body: String, head: String = "") -> String {
        """
        <html><head><title>Ferry terminal to open | Harbour News</title>\(head)</head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        \(body)
        <footer><p>© Harbour News. All rights reserved.</p><a href="/about">About us</a></footer>
        </body></html>
        """
    }

    // MARK: div/span/br bodies

    /// A body of `div`s and `<br>` runs (no `<p>` at all) inside a wrapper whose class names
    /// a rail: the wrapper holds most of the page's unlinked text, so it is the article.
    @Test func divAndBreakBodyInsideARailWrapperIsKept() throws {
        let paragraphs = Self.longBody
        var inner = ""
        for (index, paragraph) in paragraphs.enumerated() {
            switch index % 3 {
            case 0: inner += "<div class=\"body-paragraph\">\(paragraph)</div>"
            case 1: inner += "<div class=\"body-paragraph\"><span>\(paragraph)</span></div>"
            default: inner += "<br><br>\(paragraph)<br>"
            }
        }
        let body = "<div class=\"page-rail-tall\"><div class=\"rail-body\">\(inner)</div></div>"
            + "<div class=\"links\"><a href=\"/a\">Weather</a> <a href=\"/b\">Traffic</a> <a href=\"/c\">Jobs</a></div>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.extraction == "main")
        #expect(clean.text == paragraphs.joined(separator: "\n\n"))
    }

    // MARK: Blogger

    /// Blogger (Blogspot) puts the post inside `div.widget.Blog`, and "widget" is a sidebar
    /// word; the post body is `div.post-body.entry-content` with `<br>` line breaks.
    @Test func bloggerPostInsideItsBlogWidgetIsKept() throws {
        let clean = try Self.clean(Self.frame(Self.bloggerPage(Self.longBody)))
        #expect(clean.extraction == "main")
        #expect(clean.text == Self.longBody.joined(separator: "\n\n"))
    }

    /// A short Blogger post has too little text to outweigh its widget class: the main
    /// selector finds nothing, and the last fallback reads the page by tags alone.
    @Test func shortBloggerPostIsNotEmpty() throws {
        let clean = try Self.clean(Self.frame(Self.bloggerPage(Array(Self.sentences.prefix(2)))))
        #expect(clean.extraction == "fallback-visible")
        #expect(clean.text.contains(Self.sentences[0]))
        #expect(clean.text.contains(Self.sentences[1]))
        #expect(!clean.text.contains("Home"))  // <nav> stays out
    }

    static func bloggerPage(_ paragraphs: [String]) -> String {
        let post = paragraphs.joined(separator: "<br /><br />")
        return """
        <div class="content-outer"><div class="main-inner"><div class="column-center-inner">
        <div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
        <div class="date-outer"><h2 class="date-header"><span>Tuesday, May 3, 2016</span></h2>
        <div class="post hentry"><h3 class="post-title entry-title">Ferry terminal to open</h3>
        <div class="post-body entry-content" id="post-body-42">\(post)</div>
        <div class="post-footer"><span class="post-author vcard">Posted by <a href="/profile">Sam</a></span></div>
        </div></div></div></div></div></div></div>
        <div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1">
        <div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><a href="/2016">2016 (4)</a></li><li><a href="/2015">2015 (9)</a></li></ul></div>
        </div></div></div>
        """
    }

    // MARK: short lines, lists, embedded tweets

    /// Short lines, list items and an embedded tweet inside the body are article text.
    @Test func shortLinesListsAndEmbeddedTweetsStayInTheBody() throws {
        let body = "<article><h1>Ferry terminal to open</h1>"
            + "<p>\(Self.sentences[0])</p><p>Here is why.</p>"
            + "<ul><li>A second berth.</li><li>A bigger waiting hall.</li></ul>"
            + "<blockquote class=\"twitter-tweet\"><p>The new terminal looks great from the water today.</p>"
            + "— Harbour Watch (@harbourwatch) <a href=\"https://twitter.com/harbourwatch/status/1\">May 3, 2016</a></blockquote>"
            + "<p>\(Self.sentences[1])</p><p>\(Self.sentences[2])</p></article>"
        let text = try Self.clean(Self.frame(body)).text
        #expect(text.contains("Here is why."))
        #expect(text.contains("A second berth."))
        #expect(text.contains("A bigger waiting hall."))
        #expect(text.contains("The new terminal looks great from the water today."))
        #expect(text.hasSuffix(Self.sentences[2]))
    }

    // MARK: related links and newsletter blocks

    /// Related-link lists and newsletter sign-ups inside the article container are furniture.
    @Test func relatedLinksAndNewsletterBlocksAreLeftOut() throws {
        let body = "<article><div class=\"article-body\">"
            + "<p>\(Self.sentences[0])</p><p>\(Self.sentences[1])</p>"
            + "<div class=\"related-links\"><h3>Read more</h3><ul>"
            + "<li><a href=\"/1\">Ferry fares to rise in the new year, operator says</a></li>"
            + "<li><a href=\"/2\">Harbour bridge closed for repairs over the weekend</a></li></ul></div>"
            + "<p>\(Self.sentences[2])</p>"
            + "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every weekday.</p>"
            + "<form><input type=\"email\"><button>Sign up</button></form></div>"
            + "<p>\(Self.sentences[3])</p></div></article>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
        let reasons = Set(clean.removed.map(\.reason))
        #expect(reasons.contains("related"))
        #expect(reasons.contains("newsletter"))
    }

    // MARK: CJK spacing

    /// Inline tags inside Chinese or Japanese text add no space, and remove none.
    @Test func cjkTextKeepsItsSpacingAtInlineTags() throws {
        let first = "东京都知事は火曜日、新しいフェリーターミナルが来年の春に開業すると発表した。工事は二年遅れていた。"
        let body = "<article>"
            + "<p>东京<b>都知事</b>は火曜日、<a href=\"/t\">新しいフェリーターミナル</a>が来年の春に開業すると発表した。<span>工事は二年遅れていた。</span></p>"
            + "<p>English words <em>inside</em> a <strong>sentence</strong> keep their spaces, as \(Self.sentences[0].lowercased())</p>"
            + "<p>\(Self.sentences[1])</p></article>"
        let text = try Self.clean(Self.frame(body)).text
        #expect(text.hasPrefix(first))
        #expect(text.contains("English words inside a sentence keep their spaces"))
    }

    // MARK: Wayback toolbars

    /// Archive captures carry the Wayback Machine's toolbar at the top of the body; it is
    /// no part of the article.
    @Test func waybackToolbarIsNotArticleText() throws {
        let toolbar = """
        <!-- BEGIN WAYBACK TOOLBAR INSERT -->
        <div id="wm-ipp-base" lang="en" style="display:block"><div id="wm-ipp" style="width:100%">
        <div id="wm-ipp-inside"><table><tr><td class="c"><a href="https://web.archive.org/web/">Wayback Machine</a></td>
        <td class="n"><a href="/web/2009">JAN</a> <a href="/web/2009b">FEB</a> <a href="/web/2009c">MAR</a></td>
        <td>12 captures 3 Feb 2005 - 10 Oct 2013</td><td><a href="#close">Close</a> <a href="#help">Help</a></td></tr></table></div></div></div>
        <!-- END WAYBACK TOOLBAR INSERT -->
        """
        let body = toolbar + "<div id=\"content\">" + Self.sentences.map { "<p>\($0)</p>" }.joined() + "</div>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
    }

    // MARK: standfirsts, author bios, hidden popups

    /// A standfirst (a sentence-long summary under the headline) is article text; an author
    /// bio box after the body and a popup hidden by CSS are not.
    @Test func standfirstStaysAuthorBioAndHiddenPopupGo() throws {
        let standfirst = "Two years late, the harbour's new terminal finally has an opening date."
        let body = "<article><h1>Ferry terminal to open</h1><p class=\"standfirst\">\(standfirst)</p>"
            + Self.sentences.map { "<p>\($0)</p>" }.joined()
            + "<div class=\"author-bio\"><img src=\"sam.jpg\"><p>Sam Lee covers transport and the harbour for Harbour News. Follow Sam on social media.</p></div>"
            + "</article>"
            + "<div class=\"subscribe-modal\" style=\"display: none\"><p>You have read all your free articles this month. Subscribe now to keep reading our journalism.</p></div>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.text == ([standfirst] + Self.sentences).joined(separator: "\n\n"))
    }

    /// A single-page app opens the story in a modal over the section page: the modal's
    /// class names a popup and its chrome is links, but the `<article>` inside is the story.
    /// A cookie popup beside it still goes.
    @Test func storyOpenedInAModalIsTheArticle() throws {
        let teasers = (1...6).map { "<li><a href=\"/story/\($0)\">Harbour story number \($0) with a long enough teaser headline</a></li>" }.joined()
        let summary = "<p>A short summary of another harbour story that readers of the section page can open in the overlay.</p>"
        let stream = (1...6).map { "<li><a href=\"/story/\($0)\">Harbour story number \($0) with a long enough teaser headline</a>\(summary)</li>" }.joined()
        let body = "<section class=\"stream\"><ul>\(stream)</ul></section>"
            + "<div class=\"render-target-modal overlay\"><div class=\"canvas\"><a href=\"#comments\">11 Comments</a>"
            + "<article>" + Self.longBody.map { "<p>\($0)</p>" }.joined() + "</article>"
            + "<ul>\(teasers)</ul></div></div>"
            + "<div class=\"cookie-popup\"><p>We use cookies to improve your experience on our site. Accept all cookies or manage them.</p></div>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.extraction == "main")
        #expect(clean.text == Self.longBody.joined(separator: "\n\n"))
    }

    /// A one-paragraph story: its column (comment count, byline link, the paragraph), a
    /// sidebar and a links box are three small siblings with a link each, but they are not
    /// alike (`div`, `aside`, `div`), so they are page columns, not a list of teaser cards.
    @Test func shortStoryBesideUnlikeColumnsIsNotATeaser() throws {
        let paragraph = Self.sentences[0...2].joined(separator: " ")
        let body = "<div id=\"content\"><div class=\"column\"><div><a href=\"#comments\">12 comments</a></div><h1>Ferry terminal to open</h1>"
            + "<div class=\"byline\"><a href=\"/staff/sam\">Sam Lee, harbour reporter</a></div>"
            + "<div class=\"entry-content\"><p>\(paragraph)</p></div></div>"
            + "<aside><h3><a href=\"/best\">Best of Harbour News this week</a></h3><ul><li><a href=\"/1\">Lighthouse keeper retires after forty years</a></li>"
            + "<li><a href=\"/2\">Fishing fleet returns early</a></li></ul></aside>"
            + "<div class=\"links\"><a href=\"/archive\">More harbour stories from our archive</a></div></div>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.extraction == "main")
        #expect(clean.text == paragraph)
    }

    /// A timestamp line with a byline in it, and an "About the author" box at the end with
    /// no class to name it, are furniture; a sentence that opens with "Updated" is not.
    @Test func bylineTimestampsAndUnmarkedAuthorBoxesGo() throws {
        let updatedSentence = "Updated figures published in 2019 showed that traffic had doubled since the old terminal opened."
        let body = "<article><div>Last updated by Sam Lee on March 27, 2017 at 8:52AM</div>"
            + Self.sentences.map { "<p>\($0)</p>" }.joined() + "<p>\(updatedSentence)</p>"
            + "<h3>About the Author</h3><p>Sam Lee covers transport and the harbour. She lives by the sea.</p></article>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.text == (Self.sentences + [updatedSentence]).joined(separator: "\n\n"))
    }

    // MARK: leaked script text, gallery counters

    /// An old page's `document.write` script ends early at the `</script>` inside its string,
    /// and its rest shows as text; slide counters sit between gallery captions. Neither is
    /// article text, while code in `<pre>` and prose that mentions code stay.
    @Test func leakedScriptTextAndSlideCountersGo() throws {
        let leaked = "'); } if (partner == 'portal') { document.write('<img src=x>'); } if (document.cookie.indexOf('p=1') != -1) { document.write(''); }"
        let body = "<article><p>\(Self.sentences[0])</p><div>\(leaked)</div><div>2 of 12</div>"
            + "<p>\(Self.sentences[1])</p><pre>if (ok) { document.write('<p>' + (a = b) + '</p>'); } else { f(); g(); }</pre>"
            + "<p>\(Self.sentences[2]) The page called document.write() (twice) to show it.</p></article>"
        let text = try Self.clean(Self.frame(body)).text
        #expect(!text.contains("partner"))
        #expect(!text.contains("2 of 12"))
        #expect(text.contains("The page called document.write() (twice) to show it."))
        #expect(text.contains("else { f(); g(); }"))  // code in <pre> is the article's
        #expect(SlideCounter.isWholeText("3 of 12") && SlideCounter.isWholeText("3/12") && SlideCounter.isWholeText("3 / 12"))
        #expect(!SlideCounter.isWholeText("one of 12") && !SlideCounter.isWholeText("3 of the") && !SlideCounter.isWholeText("3 of 12 photos"))
    }

    // MARK: fallbacks: never empty

    /// No block reads like an article, but the page's JSON-LD holds the body.
    @Test func scriptFedPageFallsBackToJSONLD() throws {
        let head = """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to open",
        "articleBody":"\(Self.sentences[0])\\n\\n\(Self.sentences[1])"}</script>
        """
        let clean = try Self.clean(Self.frame("<div id=\"root\"><a href=\"/app\">Open the app</a></div>", head: head))
        #expect(clean.extraction == "fallback-jsonld")
        #expect(clean.text == Self.sentences[0] + "\n\n" + Self.sentences[1])
    }

    /// A video page with a one-line teaser: the description and the short text, not nothing.
    @Test func teaserPageFallsBackToDescriptionAndParagraphs() throws {
        let head = "<meta property=\"og:description\" content=\"Watch the new ferry terminal's first test berthing.\">"
        let body = "<div class=\"video-player\"><video src=\"v.mp4\"></video><p>Video: 1:32</p></div>"
        let clean = try Self.clean(Self.frame(body, head: head))
        #expect(clean.extraction == "fallback-description")
        #expect(clean.text.hasPrefix("Watch the new ferry terminal's first test berthing."))
    }

    /// The cluster fallback takes the longest run of unlinked blocks, broken at link lists,
    /// and trims the label lines at its ends.
    @Test func largestTextClusterIsTheLongestUnlinkedRun() throws {
        let html = Self.frame(
            "<div><div>Opening hours</div><div>Ferries leave every twenty minutes from the north quay, all day.</div></div>"
                + "<ul><li><a href=\"/1\">Timetable and fares for the whole summer season</a></li></ul>"
                + "<div><div>Latest</div>" + Self.sentences.map { "<div>\($0)</div>" }.joined() + "<div>Share</div></div>")
        let document = try HTMLParser.parse(html)
        let blocks = BlockSegmenter(document: document).segment().blocks
        let fallback = ExtractionFallback(document: document, blocks: blocks, jsonLDBody: nil, description: nil)
        #expect(fallback.largestCluster() == Self.sentences)
    }

    // MARK: MathML

    /// A formula written in MathML is part of its paragraph; a MathML copy hidden for
    /// screen readers beside an image of the formula is not repeated.
    @Test func mathMLFormulaStaysInItsParagraph() throws {
        let formula = "<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>"
        let hidden = "<span style=\"display: none\"><math><mi>p</mi><mo>=</mo><mi>h</mi><mo>/</mo><mi>λ</mi></math></span>"
        let paragraphs = Self.longBody.map { "<p>\($0)</p>" }.joined()
        let body = "<article>\(paragraphs)<p>The engineers checked the load with \(formula) before the berth opened.</p>"
            + "<p>A wave of momentum \(hidden)<img alt=\"p = h / lambda\" src=\"f.png\"> tells the rest of the story.</p></article>"
        let clean = try Self.clean(Self.frame(body))
        #expect(clean.extraction == "main")
        #expect(clean.text.contains("The engineers checked the load with E=mc2 before the berth opened."))
        #expect(!clean.text.contains("λ"))
    }

    /// Plain-text input has no extraction path.
    @Test func plainTextHasNoExtractionPath() throws {
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .plainText, body: Self.sentences.joined(separator: "\n\n")))
        #expect(clean.extraction == nil)
    }
}
