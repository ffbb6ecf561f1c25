import Articles
import Enrichment
import Foundation
import TestSupport
import Testing
@testable import WebView

/// The seed article through the offline pipeline, rendered as the article page.
@Suite("The seed article's page")
struct SampleArticlePageTests {
    static func record(_ name: String, contentType: String) throws -> ArticleRecord {
        let output = try OfflinePipeline().process(try RepositoryPaths.sample(name), contentType: contentType)
        return try ArticleJSON.decode(ArticleRecord.self, from: output.value)
    }

    @Test("Antony Blinken is marked as a person with his aliases; 13 quotes are marked and link to their speakers")
    func marks() throws {
        let record = try Self.record("blinken-priorities.html", contentType: "text/html")
        let html = try ArticleHTML.offline(record)
        let scan = HTMLScan(html)
        let marks = scan.opening("mark").filter { $0.attribute("data-type") == "PERSON" }
        #expect(html.contains(#"class="ent ent-person""#))
        #expect(html.range(of: #"<mark class="ent ent-person" id="m-e\d+-1" tabindex="0" data-entity="e\d+" data-type="PERSON" aria-describedby="tip-m-e\d+-1">Antony Blinken<span class="tip" role="tooltip" id="tip-m-e\d+-1"><b>Antony Blinken</b> · PERSON<br>also written: Blinken"#, options: .regularExpression) != nil)
        #expect(marks.count >= 8 + 7)
        let quotes = scan.opening("q").filter { $0.attribute("id")?.hasPrefix("quote-") == true }
        #expect(quotes.count == 13)
        #expect(quotes.count == record.quotes?.count)
        let speakerLinks = scan.opening("a").filter { $0.attribute("class") == "speaker" }
        #expect(speakerLinks.count == 13)
        for link in speakerLinks {
            let target = String(link.attribute("href")?.dropFirst() ?? "")
            #expect(scan.tags.contains { $0.attribute("id") == target }, "speaker link \(target) has a target")
        }
    }

    @Test("the audit view shows the removed comment form with its reason; the text view does not")
    func audit() throws {
        let record = try Self.record("blinken-priorities.html", contentType: "text/html")
        let audit = HTMLScan(try ArticleHTML.offline(record, audit: true))
        let removed = audit.opening("div").filter { $0.attribute("class") == "removed" }
        #expect(removed.count == record.clean?.removed.count)
        #expect(removed.contains { $0.attribute("data-reason") == "comment-form" })
        let text = HTMLScan(try ArticleHTML.offline(record, audit: false))
        #expect(text.opening("div").filter { $0.attribute("class") == "removed" }.isEmpty)
    }
}
