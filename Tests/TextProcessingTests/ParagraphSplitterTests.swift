import Articles
import Testing
@testable import TextProcessing

@Suite("ParagraphSplitter")
struct ParagraphSplitterTests {
    func spans(_ text: String) -> [TextSpan] {
        ParagraphSplitter.paragraphs(in: Array(text.unicodeScalars))
    }

    func texts(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return spans(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test("every non-blank line is a paragraph, trimmed; blank lines only separate")
    func linesAreParagraphs() {
        let text = "First line.\n\n  Second line. \r\nThird\n\u{200B}\n"
        #expect(spans(text) == [
            TextSpan(start: 0, end: 11), TextSpan(start: 15, end: 27),
            TextSpan(start: 30, end: 35), TextSpan(start: 36, end: 37),
        ])
        #expect(texts(text) == ["First line.", "Second line.", "Third", "\u{200B}"])
    }

    @Test("offsets count code points, and the last line needs no newline")
    func codePointOffsets() {
        #expect(spans("“Oui,” dit-il.\n\u{A0}Élysée") == [TextSpan(start: 0, end: 14), TextSpan(start: 16, end: 22)])
    }

    @Test("text with no visible line has no paragraphs")
    func blankText() {
        #expect(spans("").isEmpty)
        #expect(spans(" \n\t\n\u{2028}\n").isEmpty)
    }

    @Test("given spans are clamped to the text, in order, never empty")
    func sanitized() {
        let given = [
            TextSpan(start: 5, end: 10), TextSpan(start: 3, end: 6), TextSpan(start: 8, end: 20),
            TextSpan(start: 30, end: 40), TextSpan(start: 41, end: 42), TextSpan(start: 12, end: 12),
        ]
        #expect(ParagraphSplitter.sanitized(given, count: 35) == [
            TextSpan(start: 5, end: 10), TextSpan(start: 10, end: 20), TextSpan(start: 30, end: 35),
        ])
        #expect(ParagraphSplitter.sanitized([TextSpan(start: 0, end: 4)], count: 0).isEmpty)
    }
}
