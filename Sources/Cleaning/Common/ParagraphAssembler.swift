import Articles

/// Joins paragraphs into the clean text ("\n\n" between them) and records each
/// paragraph's span in unicode code points, the unit every offset in a record uses.
enum ParagraphAssembler {
    static let separator = "\n\n"

    static func assemble(_ paragraphs: [String]) -> (text: String, spans: [TextSpan]) {
        var text = ""
        text.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        var spans: [TextSpan] = []
        spans.reserveCapacity(paragraphs.count)
        var offset = 0
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !spans.isEmpty {
                text += separator
                offset += 2
            }
            // Scalars = UTF-8 bytes that do not continue a sequence (Swift strings are valid UTF-8).
            var copy = paragraph
            let length = copy.withUTF8 { TextNormalizer.scalarCount($0) }
            text += paragraph
            spans.append(TextSpan(start: offset, end: offset + length))
            offset += length
        }
        return (text, spans)
    }
}
