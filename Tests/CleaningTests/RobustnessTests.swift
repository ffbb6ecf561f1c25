import Articles
import Foundation
import Testing
@testable import Cleaning

/// Hostile and broken input gives clean text or a `CleaningError`, never a crash, and
/// cost stays linear in the input size.
@Suite struct RobustnessTests {
    static let paragraph = "<p>The minister said on Tuesday that the new budget would raise spending on schools and hospitals, and that the cuts announced last year would be reversed.</p>"

    @Test func malformedHTMLStillGivesTheParagraphs() throws {
        let html = "<html><body><div class=story><p>Unclosed paragraph one that runs long enough to count as article text, with a comma, and a full stop."
            + "<p>Second paragraph <b>bold <i>nested</b> wrongly</i> closed, and still long enough to be read as body text by the cleaner."
            + "</span></div></div></table><p attr=\"unterminated>Third & last paragraph &amp; an entity &bogus; here, long enough to count too."
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
        #expect(clean.text.contains("Unclosed paragraph one"))
        #expect(clean.text.contains("bold nested wrongly closed"))
    }

    @Test func twentyMegabytePageIsCleanedInLinearTime() throws {
        var html = "<html><head><title>Big page</title></head><body><article>"
        let unit = Self.paragraph + "<div class=\"share\"><a href=#>Share</a></div>\n"
        let repeats = 20_000_000 / unit.utf8.count
        html.reserveCapacity(repeats * unit.utf8.count + 100)
        for _ in 0..<repeats { html += unit }
        html += "</article></body></html>"
        #expect(html.utf8.count >= 19_000_000)
        // Above the default budget (ArticleLimits): the cleaner itself must stay linear.
        let clean = try ArticleCleaner(options: .init(maxInputBytes: 40_000_000)).clean(RawArticle(contentType: .html, body: html))
        #expect(clean.paragraphs.count > repeats / 2)
        #expect(!clean.text.contains("Share"))
    }

    @Test func hundredThousandNestingLevelsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + Self.paragraph
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
        #expect(clean.text.hasPrefix("The minister said on Tuesday"))
    }

    @Test func unclosedDeepNestingIsHandledToo() {
        let html = "<html><body>" + String(repeating: "<span><div><b>", count: 40_000) + Self.paragraph
        do {
            let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
            #expect(clean.text.contains("new budget"))
        } catch {
            Issue.record("deep unclosed nesting gave \(error)")
        }
    }

    @Test func binaryJunkIsRejectedWithAClearError() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let junk = String(decoding: bytes, as: UTF8.self)
        for contentType in [ContentType.html, .plainText, nil] {
            #expect(throws: CleaningError.self) {
                try ArticleCleaner().clean(RawArticle(contentType: contentType, body: junk))
            }
        }
        let message = CleaningError.binaryContent(controlCharacterShare: 0.4).description
        #expect(message.contains("binary"))
    }

    @Test func htmlStartingLikeJunkAfterATagIsRejected() {
        let junk = "<html>" + String(decoding: (0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }, as: UTF8.self)
        #expect(throws: CleaningError.self) { try ArticleCleaner().clean(RawArticle(contentType: .html, body: junk)) }
    }

    @Test func latin1PageDecodedUpstreamKeepsItsAccents() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9}</title></head><body><article>"
            + "<p>Le ministre a d\u{E9}clar\u{E9} mardi que le nouveau budget augmenterait les d\u{E9}penses pour les \u{E9}coles et les h\u{F4}pitaux.</p>"
            + "</article></body></html>"
        let bytes = Array(html.unicodeScalars.map { UInt8($0.value) })  // Latin-1 bytes, as a server sends them
        let decoded = try TextDecoding.decode(bytes, declaredCharset: nil)
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: decoded))
        #expect(clean.text.contains("d\u{E9}clar\u{E9} mardi"))
        #expect(clean.text.contains("h\u{F4}pitaux"))
    }

    @Test func metaCharsetDoesNotMakeLibxmlReinterpretTheText() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + "<p>\u{201C}Das ist gut f\u{FC}r die Stadt\u{201D}, sagte der B\u{FC}rgermeister am Dienstag vor Journalisten in M\u{FC}nchen.</p></body></html>"
        let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
        #expect(clean.text.contains("\u{201C}Das ist gut f\u{FC}r die Stadt\u{201D}"))
    }

    @Test func emptyAndBoilerplateOnlyPagesGiveNoArticleText() {
        #expect(throws: CleaningError.noArticleText) { try ArticleCleaner().clean(RawArticle(contentType: .html, body: "")) }
        #expect(throws: CleaningError.noArticleText) {
            try ArticleCleaner().clean(RawArticle(contentType: .html, body: "<html><body><nav><a href=/>Home</a></nav></body></html>"))
        }
        #expect(throws: CleaningError.noArticleText) { try ArticleCleaner().clean(RawArticle(contentType: .plainText, body: " \n\n ")) }
    }

    @Test func oversizedInputIsRefused() {
        let cleaner = ArticleCleaner(options: .init(maxInputBytes: 1_000))
        #expect(throws: CleaningError.inputTooLarge(bytes: 2_000, limit: 1_000)) {
            try cleaner.clean(RawArticle(contentType: .plainText, body: String(repeating: "a", count: 2_000)))
        }
    }

    @Test(arguments: [
        "<html><body><p>Before\u{0}after, a paragraph long enough to be the article body of this page.</p></body></html>",
        "<html><body><p>Text before an unterminated comment, long enough to count as a paragraph.</p><!-- never closed",
        "<html><body><p>Text before an unclosed script tag, long enough to count as a paragraph.</p><script>var x = 1;",
        "<html><body><div class=\"unterminated><p>Attribute quote never closed, and text that follows it here.</p>",
        "<<<<>>>><p>Stray angle brackets < > and a paragraph that is long enough to be kept as text.</p></</</",
        "<html><body><p>" + String(repeating: "&amp;&#x1F600;&#0;&#xD800;&bogus;", count: 2_000) + "</p></body></html>",
    ])
    func brokenMarkupGivesTextOrAnError(html: String) {
        do {
            let clean = try ArticleCleaner().clean(RawArticle(contentType: .html, body: html))
            #expect(!clean.text.isEmpty)
            #expect(clean.paragraphs.last?.end == clean.text.unicodeScalars.count)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }
}
