import Articles
import Testing
@testable import Cleaning

/// Hand-made pages for page shapes found on the development sets' weak pages (issue 13):
/// stories stacked by infinite scroll, a body rendered twice, unrendered templates, an
/// author bio with no heading, a product link opening the first sentence.
@Suite struct PageShapeFixtureTests {
    typealias Fixtures = GeneralizationFixtureTests
    static let sentences = Fixtures.sentences
    static let otherStory = [
        "The city council voted on Monday to close the old market hall for repairs that will take most of next year.",
        "Traders will move to a temporary site by the river, where the council has promised free parking until the hall reopens.",
        "Several stallholders said they feared losing customers who would not follow them to the new site.",
    ]

    /// Infinite scroll: the next story follows in the same container, in its own
    /// `<article>` with its own `<h1>`. The page's story (headline = title) is kept alone.
    @Test func nextStoryBelowTheArticleIsLeftOut() throws {
        func story(_ headline: String, _ paragraphs: [String]) -> String {
            "<article><header><h1>\(headline)</h1></header><div class=\"body\">"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        }
        let body = "<div class=\"stream\">" + story("Ferry terminal to open", Self.sentences)
            + story("Market hall to close for repairs", Self.otherStory) + "</div>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
    }

    /// Comments are `<article>`s too, but with no `<h1>`: they are not stories.
    @Test func commentArticlesDoNotSplitTheStory() {
        let html = Fixtures.frame("<main><article><h1>Ferry terminal to open</h1>"
            + Self.sentences.map { "<p>\($0)</p>" }.joined() + "</article>"
            + "<article class=\"c\"><p>\(Self.otherStory[0])</p></article><article class=\"c\"><p>\(Self.otherStory[1])</p></article></main>")
        let document = try! HTMLParser.parse(html)
        let main = (0..<document.count).first { document.tags[$0] == .main }!
        #expect(StackedArticles(document: document).story(in: main, title: "Ferry terminal to open", scores: .init(repeating: 1, count: document.count)) == nil)
    }

    /// A summary block and a slideshow both render the body: one copy is kept. The same
    /// paragraphs repeated side by side in one element are the author's and stay.
    @Test func bodyRenderedTwiceKeepsOneCopy() throws {
        let paragraphs = Self.sentences.prefix(2).map { "<p>\($0)</p>" }.joined()
        let body = "<div class=\"main\"><div class=\"intro\"><div class=\"text\">\(paragraphs)</div></div>"
            + "<div class=\"slides\"><div class=\"text\">\(paragraphs)</div><p>\(Self.sentences[2])</p></div></div>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Self.sentences.prefix(3).joined(separator: "\n\n"))
        #expect(clean.removed.contains { $0.reason == "repeated-copy" })

        let twice = "<article>" + (Self.sentences.prefix(2) + Self.sentences.prefix(2)).map { "<p>\($0)</p>" }.joined() + "</article>"
        #expect(try Fixtures.clean(Fixtures.frame(twice)).paragraphs.count == 4)
    }

    /// `{{article.pretty_date}}` is a template a script never filled in, not prose.
    @Test func unrenderedTemplatesGo() throws {
        let body = "<article><p>This story appears in the {{article.magazine.pretty_date}} issue of {{ magazine.name }}.</p>"
            + Self.sentences.map { "<p>\($0)</p>" }.joined() + "</article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
        #expect(!LeakedFurniture.hasTemplatePlaceholder("Use {braces} or a {{ with no end"))
        #expect(!LeakedFurniture.hasTemplatePlaceholder("{{ }}"))
    }

    /// The author's name alone on a line, then a bio that opens on it, closes the article.
    @Test func authorBioWithoutHeadingGoes() throws {
        let body = "<article>" + Self.sentences.map { "<p>\($0)</p>" }.joined()
            + "<div class=\"who\"><p>Sam Lee,</p><p>Sam joined Harbour News in 2015 and covers transport and the port.</p></div></article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
    }

    /// A paragraph that opens with a link to a product and goes on after a price in
    /// parentheses is one sentence, not a headline link and its teaser.
    @Test func linkOpeningASentenceBeforeAParenthesisIsText() throws {
        let paragraph = "<p><a href=\"https://shop.example/bag\">The Harbour Co. waterproof messenger bag</a> ($140) is a good investment for anyone who commutes by ferry in the rain.</p>"
        let body = "<div class=\"body\">\(paragraph)<p>\(Self.sentences[0])</p></div>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text.hasPrefix("The Harbour Co. waterproof messenger bag ($140) is a good investment"))
        #expect(MainContentSelector.startsSentence("Headline here (Reuters) Summary of it", afterScalar: 13))
        #expect(!MainContentSelector.startsSentence("Headline here ($140) is cheap", afterScalar: 13))
    }

    /// A list article's data table, one row per item with the item's name linked: the
    /// rows are its text, not a list of teaser cards.
    @Test func tableRowsWithALinkedNameAreText() throws {
        let rows = Self.otherStory.enumerated().map { index, sentence in
            "<tr><td><a href=\"/films/\(index)\">Harbour Film Number \(index + 1)</a></td><td>19\(60 + index)</td><td>\(sentence)</td></tr>"
        }.joined()
        let body = "<article><p>\(Self.sentences[0])</p><table class=\"wikitable\"><tr><th>Film</th><th>Year</th><th>Plot</th></tr>\(rows)</table></article>"
        let text = try Fixtures.clean(Fixtures.frame(body)).text
        for sentence in Self.otherStory { #expect(text.contains(sentence)) }
    }

    /// A slideshow of other stories inside the article ("1/6 Headline", caption, "2/6 …")
    /// goes with its title line; the article on both sides of it stays.
    @Test func embeddedGalleryOfOtherStoriesGoes() throws {
        let slides = (1...6).map { "<li><h3>\($0)/6 Slide headline \($0)</h3><p>Caption of slide \($0), about another story entirely, with a few words.</p></li>" }.joined()
        let body = "<article>" + Self.sentences.prefix(2).map { "<p>\($0)</p>" }.joined()
            + "<div class=\"gallery\"><h2>Business news in pictures</h2><ul class=\"legends\">\(slides)</ul></div>"
            + Self.sentences.suffix(2).map { "<p>\($0)</p>" }.joined() + "</article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Self.sentences.joined(separator: "\n\n"))
        #expect(SlideCounter.opening("12 of 50 Headline")! == (12, 50, 3))
        #expect(SlideCounter.opening("2016/17 season") == nil)
    }

    /// Chinese has no spaces: a closing paragraph is one "word" but no label, and stays;
    /// a script widget's "Loading..." placeholder goes.
    @Test func closingChineseParagraphIsNotALabel() throws {
        let paragraphs = [
            "谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的产品。",
            "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它。",
            "公司已将其研究结果发表在科学刊物《自然》上，并希望推动计算行业实现更多突破。（编译/林靖东）",
        ]
        let body = "<article>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "<div>正在加载...</div></article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == paragraphs.joined(separator: "\n\n"))
    }

    /// "What you'll need:" before a paragraph introduces text and stays; "More:" before a
    /// list of links introduces what was removed and goes.
    @Test func colonLineStaysOnlyBeforeKeptText() throws {
        let links = "<ul><li><a href=\"/a\">Ferry fares rise again this summer season</a></li><li><a href=\"/b\">New timetable for the winter months</a></li></ul>"
        let body = "<article><p>\(Self.sentences[0])</p><p>What you'll need:</p><p>\(Self.sentences[1])</p>"
            + "<p>\(Self.sentences[2])</p><p>More:</p>\(links)</article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == [Self.sentences[0], "What you'll need:", Self.sentences[1], Self.sentences[2]].joined(separator: "\n\n"))
        #expect(clean.removed.contains { $0.text == "More:" && $0.reason == "related" })
    }

    /// A sidebar `<aside>` with more prose than the story (a live feed of briefs) beside a
    /// story `<article>` whose breadcrumbs and tags are links: the article is the story.
    @Test func liveFeedAsideBesideTheStoryIsLeftOut() throws {
        let crumbs = "<ul class=\"crumbs\"><li><a href=\"/\">Front page</a></li><li><a href=\"/local\">Local news</a></li>"
            + "<li><a href=\"/local/transport\">Transport and roads</a></li></ul>"
        let story = "<article>\(crumbs)<h1>Ferry terminal to open</h1>"
            + Fixtures.longBody.map { "<p>\($0)</p>" }.joined() + "<p><a href=\"/tag/ferries\">Ferries</a> <a href=\"/tag/harbour\">Harbour authority</a></p></article>"
        let briefs = (Self.otherStory + Self.sentences.map { "Earlier: " + $0 } + Self.otherStory.map { "Update: " + $0 }
            + Self.sentences.map { "Later: " + $0 })
            .enumerated().map { "<li><a href=\"/live/\($0.offset)\">14:\(10 + $0.offset)</a><p>\($0.element)</p></li>" }.joined()
        let body = "<div class=\"columns\"><div class=\"mod\"><section>\(story)</section></div>"
            + "<aside class=\"mod\"><div class=\"live\"><ul>\(briefs)</ul></div></aside></div>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Fixtures.longBody.joined(separator: "\n\n"))
    }
    /// A bullet of the author's own prose that links most of its words is text; a
    /// related-links bullet (it opens with its link) and a "Tags:" line of links are not.
    @Test func proseBulletWithLinkedWordsIsText() throws {
        let prose = "Neil has patches up to <a href=\"/b/1\">improve the behaviour of the tab unloader</a>, and <a href=\"/b/2\">show a notice when a frame crashes</a>"
        let related = "<a href=\"/story/9\">Market hall to close for repairs next year</a> and more"
        let body = "<article>" + Self.sentences.map { "<p>\($0)</p>" }.joined()
            + "<ul><li>\(prose)</li><li>\(related)</li></ul>"
            + "<p>Tags: <a href=\"/t/1\">ferries</a>, <a href=\"/t/2\">harbour</a>, <a href=\"/t/3\">transport</a>, <a href=\"/t/4\">council</a></p></article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        let bullet = "Neil has patches up to improve the behaviour of the tab unloader, and show a notice when a frame crashes"
        #expect(clean.text == (Self.sentences + [bullet]).joined(separator: "\n\n"))
        #expect(clean.removed.contains { $0.text.hasPrefix("Market hall") && $0.reason == "link-list" })
        #expect(clean.removed.contains { $0.text.hasPrefix("Tags:") })
    }
    /// A panel with the display:none utility class (`class="hidden"`: a slide-out list of
    /// quizzes, a feedback form) is not on the page; a collapsed continuation of the story
    /// under the same class is long prose (see `PlainTextShare.isProse`) and stays.
    @Test func panelHiddenByItsClassIsLeftOut() throws {
        let panel = "<div class=\"hidden\" id=\"slider\"><h6>Be your best you</h6><p>Take our quizzes to know yourself better and get advice made for you.</p>"
            + "<h6>Need advice?</h6><p>Our experts and readers can help: post your questions in the forum.</p></div>"
        let body = "<div class=\"page\"><article>" + Fixtures.longBody.prefix(4).map { "<p>\($0)</p>" }.joined()
            + "<div class=\"more hidden\">" + Fixtures.longBody.dropFirst(4).map { "<p>\($0)</p>" }.joined() + "</div>"
            + "</article>\(panel)</div>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text == Fixtures.longBody.joined(separator: "\n\n"))
        #expect(clean.removed.contains { $0.text.hasPrefix("Be your best you") && $0.reason == "hidden" })
    }

    /// A page of feature boxes (screenshot, heading, a sentence, "Learn more about …")
    /// is the page's text: the sentence under its own heading is not a caption, and a
    /// link after the prose is a call to action, not a teaser's headline. Cards whose
    /// headline link comes first are still teasers (`teaserCardsNextToTheArticleAreLeftOut`).
    @Test func featureBoxesWithALearnMoreLinkAreText() throws {
        let features = [
            ("Ferry timetable", "Plan a crossing with live departure times for every berth in the harbour."),
            ("Parking", "Book a space near the terminal before you travel and pay for it on the day."),
            ("Accessibility", "Ask for help at the gate: staff can assist anyone who needs a hand boarding."),
            ("Freight", "Hauliers can register vehicles online and see the loading plan for each sailing."),
        ]
        let boxes = features.enumerated().map { n, feature in
            "<li class=\"feature\">\n  <a href=\"/video/\(n)\" class=\"video-play\">\n    <img src=\"f\(n).jpg\" alt=\"Screenshot\">\n  </a>\n"
                + "  <h2>\(feature.0)</h2>\n  <p>\(feature.1)</p>\n"
                + "  <a href=\"/help/\(n)\" class=\"more\">Learn more about \(feature.0)</a>\n</li>\n"
        }.joined()
        let body = "<main><section><h1>Welcome to the harbour app</h1><ul class=\"features\">\(boxes)</ul></section></main>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        for feature in features {
            #expect(clean.text.contains(feature.1))
        }
        #expect(!clean.removed.contains { $0.text.hasPrefix("Plan a crossing") })
    }

    /// A sign-up block built from `div`s and fields without a `<form>` element (old table
    /// layouts) is a form: its labels and the list of checkbox topics are left out. Hidden
    /// fields are not fields: an inline search widget of hidden inputs around a linked name
    /// inside a paragraph leaves the name in the text.
    @Test func fieldsWithoutAFormElementAreAForm() throws {
        let labels = ["Email Address", "Company Name", "Password", "Confirm Password"]
        let fields = labels.map { "<div class=\"row\"><div class=\"el\">\($0)</div><div class=\"el\"><input type=\"text\" name=\"f\"></div></div>" }.joined()
        let topics = ["Accounting", "Anti-trust", "Commercial", "Employment", "Energy", "Finance", "Insurance", "Tax"]
        let boxes = topics.map { "<div class=\"el\"><input type=\"checkbox\" name=\"topic\">&nbsp;\($0)</div>" }.joined()
        let signUp = "<div class=\"signup\"><div class=\"titleblock\">Register for free alerts</div>\(fields)"
            + "<div class=\"titleblock\">Select your interests</div>\(boxes)</div>"
        let keyword = "<span class=\"kw\"><form action=\"/search\"><input type=\"hidden\" name=\"p\" value=\"Lisa Moore\">"
            + "<input type=\"hidden\" name=\"c1\" value=\"x\"><input type=\"hidden\" name=\"c2\" value=\"y\"></form>"
            + "<a href=\"/search?p=Lisa+Moore\">Lisa Moore</a></span>"
        let paragraphs = Self.sentences.map { "<p>\($0)</p>" }
        let article = "<p>The harbour master, \(keyword), said the new berth would be ready in spring.</p>" + paragraphs.joined()
        let body = "<table><tr><td>\(article)</td></tr><tr><td>\(signUp)</td></tr></table>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        // The `<form>` still ends the paragraph's first line, as libxml2 closes a `<p>` at it.
        let words = clean.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("The harbour master, Lisa Moore, said the new berth"))
        for sentence in Self.sentences { #expect(clean.text.contains(sentence)) }
        for word in labels + topics + ["Register for free alerts"] { #expect(!clean.text.contains(word), "\(word)") }
    }

    /// A hover card written into a sentence after a linked name (a photo, the name again,
    /// the person's latest stories) is left out; the linked name, in the same wrapper,
    /// stays in the sentence.
    @Test func hoverCardsInsideASentenceAreLeftOut() throws {
        let card = "<span class=\"person\"><a href=\"/people/lisa-moore\">Lisa Moore</a><span class=\"person-card\"><span>"
            + "<img src=\"moore.jpg\"><a class=\"name\" href=\"/people/lisa-moore\">Lisa Moore</a>"
            + "<a href=\"/news/1\">Council approves the harbour budget</a> <a href=\"/news/2\">Ferry delays continue into May</a> "
            + "<a class=\"more\" href=\"/people/lisa-moore\">MORE</a></span></span></span>"
        let first = "<p>The harbour master, \(card), said the new berth would be ready in spring.</p>"
        let body = "<article><h1>Ferry terminal to open</h1>" + first + Self.sentences.map { "<p>\($0)</p>" }.joined() + "</article>"
        let clean = try Fixtures.clean(Fixtures.frame(body))
        #expect(clean.text.contains("The harbour master, Lisa Moore, said the new berth would be ready in spring."))
        #expect(!clean.text.contains("Council approves"))
        #expect(!clean.text.contains("MORE"))
    }
}
