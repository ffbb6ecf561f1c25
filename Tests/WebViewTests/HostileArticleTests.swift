import Articles
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kafka
import Testing
@testable import WebView

/// Article text and payloads are hostile: a browser must find in the page only the markup
/// the templates wrote, with the article's `<script>`, event handlers, `javascript:` links,
/// attribute breakouts and direction overrides all turned into visible text.
@Suite("Hostile input is escaped and the page keeps its structure")
struct HostileArticleTests {
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "link", "script", "style", "title", "body", "header", "nav", "a", "span", "main", "footer",
        "article", "h1", "h2", "dl", "dt", "dd", "div", "p", "q", "mark", "b", "br", "aside", "section", "ul", "ol", "li",
        "table", "thead", "tbody", "tr", "th", "td", "code", "details", "summary", "pre", "form", "input", "select", "option",
        "label", "button", "strong",
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "name", "content", "http-equiv", "rel", "href", "src", "defer", "class", "id", "aria-label",
        "aria-current", "aria-describedby", "aria-labelledby", "role", "dir", "data-id", "data-live", "data-article-id",
        "data-quote", "data-entity", "data-type", "data-reason", "data-stage", "data-code", "tabindex", "title", "colspan",
        "method", "action", "type", "value", "size", "placeholder", "for", "selected", "checked",
    ]

    /// Every element and attribute is one the templates write; links go nowhere but here or http(s).
    static func checkStructure(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scan = HTMLScan(html)
        for tag in scan.tags where !tag.closing {
            #expect(allowedTags.contains(tag.name), "unexpected element <\(tag.name)>", sourceLocation: sourceLocation)
            for attribute in tag.attributes {
                #expect(allowedAttributes.contains(attribute.name), "unexpected attribute \(attribute.name) on <\(tag.name)>", sourceLocation: sourceLocation)
                #expect(!attribute.value.lowercased().contains("javascript:"), "javascript: in \(attribute.name)", sourceLocation: sourceLocation)
            }
            if tag.name == "script" { #expect(tag.attribute("src") == "/static/view.js", sourceLocation: sourceLocation) }
            if let href = tag.attribute("href") {
                let ok = href.hasPrefix("/") || href.hasPrefix("#") || href.hasPrefix("?") || href.hasPrefix("http://") || href.hasPrefix("https://")
                #expect(ok && !href.hasPrefix("//"), "href \(href)", sourceLocation: sourceLocation)
            }
        }
        #expect(scan.opening("html").count == 1, sourceLocation: sourceLocation)
        #expect(scan.opening("body").count == 1, sourceLocation: sourceLocation)
        #expect(scan.opening("main").count == 1, sourceLocation: sourceLocation)
        #expect(scan.opening("h1").count == 1, sourceLocation: sourceLocation)
        #expect(html.hasSuffix("</html>\n"), sourceLocation: sourceLocation)
        #expect(!html.unicodeScalars.contains { HTMLEscaping.isBidiControl($0) }, "a direction override reached the page", sourceLocation: sourceLocation)
    }

    @Test("the article page: escaped text, no event handlers, no javascript: link, overrides made visible")
    func articlePage() async throws {
        let state = ViewFixtures.state()
        #expect(state.articles.add(value: try ArticleJSON.encode(Hostile.record()), position: .init(topic: Topics.enriched, partition: 0, offset: 7, timestampMs: nil)))
        let app = ViewFixtures.app(state)
        try await app.test(.router) { client in
            let path = "/article?" + Format.query([("id", Hostile.id)])
            for view in ["", "&view=audit"] {
                try await client.execute(uri: path + view, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy)
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                    let html = ViewFixtures.body(response)
                    Self.checkStructure(html)
                    #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
                    #expect(html.contains("alert(&#39;text&#39;)&lt;/script&gt; was found [U+202E]in the page."))
                    #expect(html.contains("[U+202E]gpj.exe"))
                    #expect(html.contains("&quot;\u{301} autofocus onfocus=alert(&#39;t2&#39;) x="), "quote + combining mark escaped")
                    #expect(html.contains("javascript:alert(&#39;url&#39;)"), "the bad URL is shown as text")
                    // The hostile names still mark the right words, as text.
                    let scan = HTMLScan(html)
                    #expect(scan.opening("mark").contains { $0.attribute("data-entity") == "e1&quot; onmouseover=&quot;alert(&#39;eid&#39;)" })
                    #expect(scan.opening("q").filter { $0.attribute("id") == "quote-1" }.count == 1)
                    if view.isEmpty {
                        #expect(!html.contains("class=\"removed\""))
                    } else {
                        #expect(html.contains("&lt;form action=javascript:alert(&#39;removed&#39;)&gt;"))
                    }
                }
            }
        }
    }

    @Test("the list and its search box keep a hostile query and titles as text")
    func listAndSearch() async throws {
        let state = ViewFixtures.state()
        state.articles.add(value: try ArticleJSON.encode(Hostile.record()), position: .init(topic: Topics.enriched, partition: 0, offset: 7, timestampMs: nil))
        let app = ViewFixtures.app(state)
        try await app.test(.router) { client in
            for uri in ["/", "/?q=" + "\"><script>alert(1)</script>".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, "/?q=breaking&in=title", "/?q=mallory&in=entity"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let html = ViewFixtures.body(response)
                    Self.checkStructure(html)
                    if uri.contains("script") { #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")) }
                    if uri.contains("breaking") || uri.contains("mallory") || uri == "/" {
                        #expect(html.contains("class=\"article-row\""), "\(uri) finds the article")
                    }
                }
            }
        }
    }

    @Test("dead letters: hostile payloads, keys and reasons are text; binary payloads are hex")
    func deadLetters() async throws {
        let state = ViewFixtures.state(replayer: RecordingReplayer())
        state.deadLetters.add(ViewFixtures.deadLetter(
            value: Array("<script>alert('payload')</script>\u{202E}\" onclick=\"x".utf8), key: Hostile.id,
            error: "invalid-envelope: field '<img src=x onerror=alert(1)>' must be a string", offset: 0))
        state.deadLetters.add(ViewFixtures.deadLetter(value: [0x00, 0xFF, 0x3C, 0x73, 0x63], key: nil, error: "invalid-utf8: bad", offset: 1))
        state.deadLetters.add(ViewFixtures.deadLetter(value: Array("x".utf8), key: "k", error: "<script>alert('code')</script>: weird", stage: "\"><b>", offset: 2))
        let app = ViewFixtures.app(state)
        try await app.test(.router) { client in
            try await client.execute(uri: "/dead-letters", method: .get) { response in
                #expect(response.status == .ok)
                let html = ViewFixtures.body(response)
                Self.checkStructure(html)
                #expect(html.contains("&lt;script&gt;alert(&#39;payload&#39;)&lt;/script&gt;[U+202E]&quot; onclick=&quot;x"))
                #expect(html.contains("000000  00 ff 3c 73 63"), "binary payload as hex")
                #expect(HTMLScan(html).opening("section").filter { $0.attribute("class") == "dlq-group" }.count == 3)
            }
            try await client.execute(uri: "/pipeline", method: .get) { response in
                Self.checkStructure(ViewFixtures.body(response))
            }
        }
    }

    @Test("the offline page of process --html: same escaping, no script, nothing loads")
    func offlinePage() throws {
        for audit in [false, true] {
            let html = try ArticleHTML.offline(Hostile.record(), audit: audit)
            Self.checkStructure(html)
            let scan = HTMLScan(html)
            #expect(scan.opening("script").isEmpty)
            #expect(scan.opening("link").isEmpty)
            let policy = scan.opening("meta").first { $0.attribute("http-equiv") == "Content-Security-Policy" }?.attribute("content").map(HTMLScan.decode)
            #expect(policy == "default-src 'none'; style-src 'sha256-\(ArticleHTML.styleDigest)'; base-uri 'none'; form-action 'none'")
            #expect(html.contains("<style>\(Stylesheet.css)</style>"), "the inline style is byte for byte the one the digest names")
        }
    }

    @Test("escaping works on scalars: a quote followed by a combining mark is still escaped")
    func scalarEscaping() {
        #expect(HTMLEscaping.escape("\"\u{301}<\u{338}&'`") == "&quot;\u{301}&lt;\u{338}&amp;&#39;&#96;")
        #expect(HTMLEscaping.escape("a\u{202E}b\u{2066}c") == "a[U+202E]b[U+2066]c")
        #expect(HTMLEscaping.escape("nul\u{0}bell\u{7}") == "nul\u{FFFD}bell\u{FFFD}")
    }

    @Test("only absolute http(s) URLs become links")
    func safeURLs() {
        #expect(SafeURL.href("https://example.com/a?b=1") == "https://example.com/a?b=1")
        for bad in ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,x", "//evil.example/x", "/relative",
                    "https://user:pw@example.com/", "https://exa mple.com", "https://example.com/\u{202E}", "vbscript:x"] {
            #expect(SafeURL.href(bad) == nil, "\(bad)")
        }
    }

    @Test("no template writes a value unescaped, and every one parses")
    func templatesEscapeEverything() throws {
        for (name, source) in Templates.sources {
            #expect(!source.contains("{{{") && !source.contains("{{&"), "\(name)")
        }
        _ = try Templates.shared.get()
        #expect(throws: Templates.TemplateError.self) { try Templates(["bad": "<p>{{{title}}}</p>"]) }
    }
}
