import Articles
import Enrichment
import Foundation
import Testing

/// The per-stage budgets: a clean text over the NLP budget is truncated by the cleaner
/// and marked `truncated`; the other stages dead-letter one that is over it; an output
/// record over the record budget is a `output-too-large` failure, not a crash or a
/// record the broker would refuse.
@Suite("Stage budgets: raw payload, clean text, output record")
struct BudgetTests {
    static let paragraph = "Lawmakers met on Tuesday to discuss the budget and the schedule for the vote."

    /// Distinct paragraphs (the cleaner drops repeated ones as boilerplate).
    static func paragraphs(_ count: Int) -> String {
        (1...count).map { "In meeting \($0), lawmakers discussed the budget and the schedule for the vote." }.joined(separator: "\n\n")
    }

    func record(_ value: [UInt8]) throws -> ArticleRecord {
        try ArticleJSON.decode(ArticleRecord.self, from: value)
    }

    @Test("the cleaner keeps the whole paragraphs that fit the text budget and lists the cut as `truncated`")
    func cleanerTruncatesAtParagraph() throws {
        let body = Self.paragraphs(40)
        let transform = CleanTransform(budgets: ArticleBudgets(maxTextBytes: 1_000))
        let clean = try #require(try record(transform.apply(value: Array(body.utf8), key: nil, contentType: "text/plain").value).clean)
        #expect(clean.text.utf8.count <= 1_000)
        #expect(clean.text.hasSuffix("vote."))
        let lastSpan = try #require(clean.paragraphs.last)
        #expect(lastSpan.end == clean.text.unicodeScalars.count)
        let mark = try #require(clean.removed.last)
        #expect(mark.reason == "truncated")
        #expect(mark.text.contains("the NLP budget is 1000 bytes"))
    }

    @Test("one line longer than the budget is cut at a space, on a scalar boundary")
    func oneLineCutAtSpace() throws {
        let body = Array(repeating: "Zoë said the plan was “fine” 👍🏽 and", count: 300).joined(separator: " ")
        let transform = CleanTransform(budgets: ArticleBudgets(maxTextBytes: 2_000))
        let clean = try #require(try record(transform.apply(value: Array(body.utf8), key: nil, contentType: "text/plain").value).clean)
        #expect(clean.text.utf8.count <= 2_000)
        #expect(clean.text.utf8.count > 1_700)
        #expect(clean.paragraphs == [TextSpan(start: 0, end: clean.text.unicodeScalars.count)])
        #expect(clean.removed.last?.reason == "truncated")
    }

    @Test("a text within the budget is untouched, with no `truncated` mark")
    func withinBudgetUntouched() throws {
        let clean = try #require(try record(CleanTransform().apply(value: Array(Self.paragraph.utf8), key: nil, contentType: "text/plain").value).clean)
        #expect(clean.text == Self.paragraph)
        #expect(!clean.removed.contains { $0.reason == "truncated" })
    }

    @Test("entities and quotes dead-letter a clean text over their budget with `too-large`")
    func downstreamRefusesLongText() throws {
        let body = Self.paragraphs(40)
        let cleaned = try CleanTransform().apply(value: Array(body.utf8), key: nil, contentType: "text/plain")
        let small = ArticleBudgets(maxTextBytes: 500)
        #expect(throws: TransformFailure.self) { try EntitiesTransform(budgets: small).apply(value: cleaned.value, key: nil, contentType: nil) }
        do {
            _ = try QuotesTransform(budgets: small).apply(value: cleaned.value, key: nil, contentType: nil)
            Issue.record("expected a too-large failure")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.message.contains("NEWSFLOW_MAX_TEXT_BYTES"))
        }
    }

    @Test("an output record over the record budget fails with `output-too-large`")
    func outputOverBudget() throws {
        let body = (1...40).map { "“We will win round \($0),” Blinken said. “We will not stop,” he added." }.joined(separator: "\n\n")
        let pipeline = try OfflinePipeline(budgets: ArticleBudgets(maxRecordBytes: 3_000))
        do {
            _ = try pipeline.process(Array(body.utf8), contentType: "text/plain")
            Issue.record("expected an output-too-large failure")
        } catch {
            #expect(error.code == .outputTooLarge)
            #expect(error.message.contains("NEWSFLOW_MAX_RECORD_BYTES"))
        }
    }

    @Test("a raw payload over the article budget fails with `too-large` before any cleaning")
    func rawOverBudget() {
        do {
            _ = try CleanTransform(budgets: ArticleBudgets(maxArticleBytes: 100)).apply(value: Array(repeating: 65, count: 101), key: nil, contentType: "text/plain")
            Issue.record("expected a too-large failure")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }

    @Test("the records the workers produce fit Kafka's default message.max.bytes (1048588); raw articles fit the topics we create")
    func defaultsFitKafka() {
        #expect(ArticleLimits.defaultMaxRecordBytes < 1_048_588 - 16_384)
        // A news page with inline scripts is 1-2 MB: the raw budget is the raw topic's, not Kafka's default.
        #expect(ArticleLimits.defaultMaxArticleBytes > 2_000_000)
        #expect(ArticleLimits.defaultMaxArticleBytes + 65_536 <= ArticleLimits.topicMaxMessageBytes)
        #expect(ArticleLimits.defaultMaxTextBytes * 4 <= ArticleLimits.defaultMaxRecordBytes)
        #expect(ArticleLimits.defaultMaxRecordBytes < ArticleLimits.topicMaxMessageBytes)
    }
}
