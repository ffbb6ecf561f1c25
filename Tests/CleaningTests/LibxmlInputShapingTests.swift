import Testing
@testable import Cleaning

/// The pre-filter hands libxml2 less to read (text runs as placeholders, unread head
/// elements dropped); the tree it builds must be the one libxml2 built from the full text.
@Suite struct LibxmlInputShapingTests {
    /// Every part of two documents that any later stage reads, compared field by field.
    static func expectSameTree(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let placeheld = try HTMLParser.parse(html, setTextAside: true)
        let plain = try HTMLParser.parse(html, setTextAside: false)
        #expect(placeheld.tags == plain.tags, sourceLocation: sourceLocation)
        #expect(placeheld.parents == plain.parents, sourceLocation: sourceLocation)
        #expect(placeheld.ends == plain.ends, sourceLocation: sourceLocation)
        #expect(placeheld.textStarts == plain.textStarts, sourceLocation: sourceLocation)
        #expect(placeheld.textEnds == plain.textEnds, sourceLocation: sourceLocation)
        #expect(placeheld.textBytes == plain.textBytes, sourceLocation: sourceLocation)
        #expect(placeheld.hintIndex == plain.hintIndex, sourceLocation: sourceLocation)
        #expect(placeheld.hints == plain.hints, sourceLocation: sourceLocation)
        #expect(placeheld.hidden == plain.hidden, sourceLocation: sourceLocation)
        #expect(placeheld.attributes == plain.attributes, sourceLocation: sourceLocation)
        #expect(placeheld.jsonLD == plain.jsonLD, sourceLocation: sourceLocation)
        #expect(placeheld.titleText == plain.titleText, sourceLocation: sourceLocation)
    }

    static let tricky: [String] = [
        "<p>A plain sentence that is long enough.</p><p>Another plain sentence here.</p>",
        "<title>A title long enough to set aside</title><body><p>Body text that is long enough.</p>",
        "Text before any element at all, long enough.<p>and a paragraph after it</p>",
        "<p>Fish &amp; chips are long enough here</p><p>x &lt; y but long enough</p>",
        "<p>a < b is not a tag, long enough</p><p>3 <4 and <= too, long enough</p>",
        "<div>first run long enough<!-- a comment -->second run long enough</div>",
        "<div>before script long enough<script>var x = '<p>';</script>after script long enough</div>",
        "<p>control \u{1} character in a long enough run</p><p>\u{FFFF} non-character in a long run</p>",
        "<p>unclosed paragraph long enough<p>next one long enough<div>a div inside long enough",
        "<table>text straight in a table, long enough<tr><td>cell text long enough</td></tr></table>",
        "<p>\(String(repeating: "a long run of words ", count: 120))</p>",
        "<p>The page itself has \u{E000} private use text long enough</p><p>and more text long enough</p>",
        "<p>end tag with spaces long enough</p   ><p>next</p\n><span>after long enough</span>",
        "<p>bogus end tag long enough</3><p>after it long enough</p>",
        "<ul><li>item one long enough</li><li>item two long enough</ul>after the list long enough",
        "<html><head><title>T long enough title</title></head>stray text in html long enough<body><p>b</p></body></html>",
        "<p>NUL \u{0} inside a run that is long enough</p><p>after it long enough</p>",
    ]

    @Test(arguments: tricky)
    func textSetAsideGivesTheSameTree(_ html: String) throws {
        try Self.expectSameTree(html)
    }

    /// Seeded soup of tags, text, entities, stray `<`, comments, scripts, odd quotes and
    /// characters libxml2 drops: both ways must build the same tree every time.
    @Test func randomMarkupGivesTheSameTree() throws {
        let pieces = [
            "<p>", "</p>", "<div class=\"a b\">", "</div>", "<span>", "</span>", "<a href='x'>", "</a>", "<title>", "</title>",
            "<head>", "<body>", "<li>", "<table><tr><td>", "<br>", "<meta name=\"author\" content=\"A\">", "</ head>",
            " plain words long enough to be set aside ", " short ", "  ", "\n\t", "&amp;", "&nbsp;", "&#x41;", "&bogus;",
            " a < b ", "<3", "</3>", "<!-- c -->", "<!DOCTYPE html>", "<script>if (a < b) x = '</p>';</script>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>", "\u{1}", "\u{FFFE}",
            "\u{E000}AAAA", "<div title=\"a>b\">", "</div  >", "<p/>", "é è long enough ünïcödé text", "\u{0}",
            "<textarea>", "</textarea>", "<?php echo 1 ?>", "<![CDATA[ x ]]>", "</script>", "<html>", "</html>", "</body>",
            "<P>", "<DIV ID=main>", "<select><option>", "<a href=\"", "<b>", "</b>", "<h2>", "<noscript>x</noscript>",
        ]
        var seed: UInt64 = 0x5EED
        for _ in 0..<500 {
            var html = ""
            for _ in 0..<(10 + Int(seed % 50)) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                html += pieces[Int(seed >> 33) % pieces.count]
            }
            let placeheld = try? HTMLParser.parse(html, setTextAside: true)
            let plain = try? HTMLParser.parse(html, setTextAside: false)
            #expect((placeheld == nil) == (plain == nil), "\(html)")
            if plain != nil { try Self.expectSameTree(html) }
        }
    }

    /// Metadata and extraction of `html`, parsed with or without dropping unread head elements.
    static func extraction(_ html: String, dropUnreadHead: Bool) -> String {
        guard let document = try? HTMLParser.parse(html, dropUnreadHead: dropUnreadHead) else { return "<error>" }
        let metadata = PageMetadata(document: document)
        let output = HTMLContentExtractor(document: document).extract(title: metadata.title)
        return "\(metadata.title ?? "-")|\(metadata.authors)|\(metadata.publishedAt ?? "-")|\(metadata.language ?? "-")|"
            + "\(metadata.url ?? "-")|\(metadata.siteName ?? "-")|\(metadata.jsonLDBody ?? "-")|\(output.paragraphs)|"
            + "\(output.removed.map { "\($0.reason):\($0.text)" })|\(output.bylineNames)"
    }

    /// Seeded pages whose heads mix read and unread `<meta>`/`<link>` with things that end the
    /// head early (text, elements), followed by a body with more of them.
    @Test func droppingUnreadHeadElementsChangesNoResult() {
        let head = [
            "<meta charset=utf-8>", "<meta name=\"viewport\" content=\"w\">", "<meta property=\"og:title\" content=\"OG title\">",
            "<meta name=\"description\" content=\"D\">", "<meta name=\"author\" content=\"Ana Lima\">",
            "<meta itemprop=\"author\" content=\"Item Author\">", "<meta property=\"article:published_time\" content=\"2024-01-02\">",
            "<meta name=\"twitter:card\" content=\"x\">", "<meta http-equiv=\"content-language\" content=\"fr\">",
            "<link rel=\"stylesheet\" href=\"/a.css\">", "<link rel=\"canonical\" href=\"/c\">", "<title>Page title</title>",
            "<base href=\"/\">", "visible head text", "<div>", "</title>", "<script type=\"application/ld+json\">{\"headline\":\"LD\"}</script>",
            "\n  ", "<!-- c -->", "<meta name=\"description\"", ">",
        ]
        let body = [
            "<p>A body paragraph that is long enough to be article text, with a full stop.</p>", "<div class=\"share\">Share</div>",
            "<meta name=\"description\" content=\"in body\">", "<link rel=\"preload\" href=\"/f\">", "<ul><li><a href=\"/x\">A link</a></li></ul>",
            "<span>inline</span>", "<nav>Home News</nav>", "<article>", "</article>", "<p>Short.</p>",
        ]
        var seed: UInt64 = 0xFEED
        func next(_ count: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % count
        }
        for _ in 0..<400 {
            var html = next(3) == 0 ? "<head>" : "<html lang=\"en\"><head>"
            for _ in 0..<(2 + next(10)) { html += head[next(head.count)] }
            html += next(2) == 0 ? "</head><body>" : "<body>"
            for _ in 0..<(2 + next(12)) { html += body[next(body.count)] }
            #expect(Self.extraction(html, dropUnreadHead: true) == Self.extraction(html, dropUnreadHead: false), "\(html)")
        }
    }

    @Test func theSamplePageGivesTheSameTree() throws {
        try Self.expectSameTree(try SampleArticles.body("blinken-priorities.html"))
    }

    @Test func longRunsBecomePlaceholdersAndShortOnesStay() {
        let page = HTMLPrefilter.strip("<p>A sentence long enough to move.</p><p>short</p>", settingTextAside: true)
        let markup = String(decoding: page.markup, as: UTF8.self)
        #expect(markup == "<p>\u{E000}AAAA</p><p>short</p>")
        #expect(String(decoding: page.setAside.bytes, as: UTF8.self) == "A sentence long enough to move.")
        let withEntity = HTMLPrefilter.strip("<p>Fish &amp; chips, long enough</p>", settingTextAside: true)
        #expect(withEntity.setAside.isEmpty)
        let withMarker = HTMLPrefilter.strip("<p>\u{E000} is in this page, long enough</p>", settingTextAside: true)
        #expect(withMarker.setAside.isEmpty)
    }

    @Test func headMetaThatMetadataNeverReadsIsDropped() {
        let html = """
            <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\
            <meta property="og:title" content="Kept"><meta name="keywords" content="Dropped">\
            <meta name="description" content="Kept for the fallback">\
            <meta itemprop="datePublished" content="2020-01-01"><meta name="Author" content="Kept too">\
            <meta name="a&#117;thor" content="entity: kept"><link rel="stylesheet" href="/a.css">\
            <link rel="canonical" href="/story"><title>T</title></head><body><p>x</p></body></html>
            """
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(!out.contains("viewport") && !out.contains("keywords") && !out.contains("charset"))
        #expect(!out.contains("stylesheet") && !out.contains("<link>"))
        for kept in ["og:title", "datePublished", "\"Author\"", "a&#117;thor", "canonical", "Kept for the fallback"] {
            #expect(out.contains(kept), "\(kept) should stay")
        }
    }

    @Test(arguments: MetaKeys.all.sorted())
    func everyKeyMetadataReadsSurvivesTheHead(_ key: String) throws {
        let attribute = key.hasPrefix("og:") || key.hasPrefix("article:") ? "property" : "name"
        let html = "<html><head><meta \(attribute)=\"\(key.uppercased())\" content=\"v\"></head><body><p>x</p></body></html>"
        #expect(String(decoding: HTMLPrefilter.strip(html), as: UTF8.self).contains(key.uppercased()))
    }

    @Test func metaOutsideAnExplicitHeadIsKept() {
        // In the body (or when the head is implied), an element counts among its siblings.
        let inBody = "<html><head><title>T</title></head><body><div><meta name=\"description\" content=\"x\"></div></body></html>"
        #expect(String(decoding: HTMLPrefilter.strip(inBody), as: UTF8.self).contains("description"))
        let afterText = "<html><head>visible text<meta name=\"description\" content=\"x\"></head></html>"
        #expect(String(decoding: HTMLPrefilter.strip(afterText), as: UTF8.self).contains("description"))
        let noHead = "<meta name=\"description\" content=\"x\"><p>body</p>"
        #expect(String(decoding: HTMLPrefilter.strip(noHead), as: UTF8.self).contains("description"))
    }

    @Test func droppingHeadElementsKeepsTheMetadata() throws {
        let html = """
            <html lang="en"><head><meta name="description" content="A summary"><meta property="og:title" content="Budget passes">\
            <meta name="author" content="Ana Lima"><meta property="article:published_time" content="2024-03-01T10:00:00Z">\
            <link rel="canonical" href="https://example.com/budget"></head><body><article><p>\
            The budget passed on Friday after a long night of talks in the chamber.</p></article></body></html>
            """
        let document = try HTMLParser.parse(html)
        let metadata = PageMetadata(document: document)
        #expect(metadata.title == "Budget passes")
        #expect(metadata.authors == ["Ana Lima"])
        #expect(metadata.publishedAt == "2024-03-01T10:00:00Z")
        #expect(metadata.url == "https://example.com/budget")
        #expect(metadata.language == "en")
    }
}
