import Articles
import TextProcessing

/// `full` when the quote is a statement of its own (starts a sentence with a capital
/// letter), `partial` when it is a fragment worked into the writer's sentence.
enum QuoteKindRule {
    static func kind(of span: QuoteSpan, chars: [Unicode.Scalar], paragraphs: [TextSpan]) -> QuoteKind {
        guard ScalarClass.isUppercase(chars[span.contentStart]) else { return .partial }
        var i = span.markStart - 1
        let paragraphStart = span.paragraph < paragraphs.count ? paragraphs[span.paragraph].start : 0
        while i >= paragraphStart, ScalarClass.isWhitespace(chars[i]) { i -= 1 }
        guard i >= paragraphStart else { return .full }
        switch chars[i] {
        case ".", "!", "?", ":", ",", ";", "\u{2014}", "\u{2013}", "(": return .full
        default: return QuoteMarks.isDouble(chars[i]) || QuoteMarks.isSingle(chars[i]) ? .full : .partial
        }
    }
}
