import Articles
import Foundation
import Testing
@testable import Cleaning

/// The seed article, as scraped text and as a full news page, meets its expected file.
@Suite struct SampleExpectationTests {
    static let samples: [(file: String, contentType: ContentType)] = [
        ("blinken-priorities.txt", .plainText), ("blinken-priorities.html", .html),
    ]

    @Test(arguments: samples.map(\.file))
    func meetsTextExpectations(file: String) throws {
        let expected = try SampleArticles.expected(file)
        let clean = try ArticleCleaner().clean(RawArticle(body: try SampleArticles.body(file)))
        #expect(clean.title == expected["title"] as? String)
        let start = try #require(expected["text_starts_with"] as? String)
        let end = try #require(expected["text_ends_with"] as? String)
        #expect(clean.text.hasPrefix(start))
        #expect(clean.text.hasSuffix(end))
        for banned in (expected["must_not_contain"] as? [String]) ?? [] {
            #expect(!clean.text.localizedCaseInsensitiveContains(banned), "text still contains \(banned)")
        }
        let title = try #require(clean.title)
        #expect(SampleArticles.occurrences(of: title, in: clean.text) == expected["title_occurrences_in_text"] as? Int)
        #expect(clean.paragraphs.count == expected["paragraph_count"] as? Int)
    }

    @Test func htmlMetadataComesFromThePage() throws {
        let expected = try SampleArticles.expected("blinken-priorities.html")
        let clean = try ArticleCleaner().clean(RawArticle(body: try SampleArticles.body("blinken-priorities.html")))
        #expect(clean.publishedAt == expected["published_at"] as? String)
        #expect(clean.language == expected["language"] as? String)
        #expect(clean.url == expected["url"] as? String)
        #expect(clean.siteName == "The Times of Israel")
    }

    @Test func contentTypeIsSniffedWhenMissing() throws {
        let html = try ArticleCleaner().clean(RawArticle(contentType: nil, body: try SampleArticles.body("blinken-priorities.html")))
        let declared = try ArticleCleaner().clean(RawArticle(contentType: .html, body: try SampleArticles.body("blinken-priorities.html")))
        #expect(html == declared)
    }

    @Test(arguments: samples.map(\.file))
    func paragraphSpansIndexTheTextInCodePoints(file: String) throws {
        let clean = try ArticleCleaner().clean(RawArticle(body: try SampleArticles.body(file)))
        let scalars = Array(clean.text.unicodeScalars)
        let pieces = clean.paragraphs.map { span in
            String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        #expect(pieces.joined(separator: "\n\n") == clean.text)
        #expect(pieces.allSatisfy { !$0.isEmpty && !$0.contains("\n\n") })
    }

    @Test func removedBlocksSayWhyTheyWentForTheScrapedText() throws {
        let clean = try ArticleCleaner().clean(RawArticle(body: try SampleArticles.body("blinken-priorities.txt")))
        let reasons = Dictionary(grouping: clean.removed, by: \.reason).mapValues(\.count)
        #expect(reasons["duplicate-title"] == 3)
        #expect(reasons["comment-form"] == 2)
    }

    @Test func removedBlocksSayWhyTheyWentForThePage() throws {
        let clean = try ArticleCleaner().clean(RawArticle(body: try SampleArticles.body("blinken-priorities.html")))
        let reasons = Set(clean.removed.map(\.reason))
        for reason in ["cookie-notice", "navigation", "share", "related", "advertisement", "newsletter", "comment-form", "footer", "duplicate-title"] {
            #expect(reasons.contains(reason), "no removed block with reason \(reason)")
        }
        #expect(clean.removed.contains { $0.text.contains("Please enter your comment!") })
    }

    @Test func cleaningIsDeterministic() throws {
        let body = try SampleArticles.body("blinken-priorities.html")
        let first = try ArticleCleaner().clean(RawArticle(body: body))
        let second = try ArticleCleaner().clean(RawArticle(body: body))
        #expect(first == second)
    }
}
