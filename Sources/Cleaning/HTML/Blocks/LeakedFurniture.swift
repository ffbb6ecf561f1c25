import Foundation

/// Lines that reach the text although no markup names them, and that read as page
/// machinery rather than prose, on any site:
/// - script source shown as text: old pages write `document.write('<script>…</script>')`
///   inside a script, and the inner `</script>` ends the element early (browsers do the
///   same), so the rest of the code lands in the body as text;
/// - gallery and carousel counters ("3 of 12", "3 / 12") between slide captions;
/// - unrendered client-side templates: `{{article.pretty_date}}`, `{{ user.name }}`
///   (Angular, Vue, Handlebars and Mustache pages filled in by script).
///
/// Preformatted blocks (`<pre>`) are never touched: code there is the article's; and only
/// code that writes the page counts, which a code sample in an article seldom does.
enum LeakedFurniture {
    static func reason(_ block: TextBlock) -> RemovalReason? {
        if block.kind == .preformatted || block.inPreformatted { return nil }
        if block.length <= 9, SlideCounter.isWholeText(block.text) { return .caption }
        if block.length >= 12, looksLikeScript(block.text) { return .scriptText }
        if hasTemplatePlaceholder(block.text) { return .scriptText }
        return nil
    }

    /// `{{` an expression of names, dots, pipes and quotes `}}`: text a script was meant
    /// to fill in. Prose never writes double braces around a name.
    static func hasTemplatePlaceholder(_ text: String) -> Bool {
        // Most blocks have no brace at all: memchr settles it without a copy.
        var copy = text
        guard copy.withUTF8({ buffer in buffer.baseAddress.map { memchr($0, 0x7B, buffer.count) != nil } ?? false }) else { return false }
        let bytes = Array(text.utf8)
        var index = 0
        while index + 4 < bytes.count {
            guard bytes[index] == 0x7B, bytes[index + 1] == 0x7B else { index += 1; continue }
            var end = index + 2
            var sawLetter = false
            while end < bytes.count, end - index < 80, isExpressionByte(bytes[end]) {
                if (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) { sawLetter = true }
                end += 1
            }
            if sawLetter, end + 1 < bytes.count, bytes[end] == 0x7D, bytes[end + 1] == 0x7D { return true }
            index += 2
        }
        return false
    }

    /// Letters, digits and the punctuation of a template expression: space _ . : | ' " + - ( ) [ ] ! = & ?
    private static func isExpressionByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20, 0x5F, 0x2E, 0x3A, 0x7C, 0x27, 0x22, 0x2B, 0x2D, 0x28, 0x29, 0x5B, 0x5D,
             0x21, 0x3D, 0x26, 0x3F, 0x23, 0x2F:
            return true
        default:
            return false
        }
    }

    /// Script statements: code punctuation is dense (a brace, parenthesis, semicolon or
    /// equals sign for every eight letters or fewer), and the code writes the page.
    static func looksLikeScript(_ text: String) -> Bool {
        var letters = 0, code = 0
        for byte in text.utf8 {
            switch byte {
            case 0x7B, 0x7D, 0x28, 0x29, 0x3B, 0x3D: code += 1  // { } ( ) ; =
            case 0x41...0x5A, 0x61...0x7A: letters += 1
            default: break
            }
        }
        guard code >= 6, code * 8 >= letters else { return false }
        // The shapes of a leaked `document.write` block; code samples in an article (often
        // in `<pre>`, which the segmenter does not always tell apart) rarely write the page.
        return text.contains("document.write") || text.contains("document.cookie") || text.contains("'); }")
    }
}
