/// A quotation found by the scanner, before attribution. Offsets are code points.
struct QuoteSpan: Sendable, Equatable {
    /// First code point of the opening mark.
    var markStart: Int
    /// The quoted words, marks and surrounding blanks excluded.
    var contentStart: Int
    var contentEnd: Int
    /// One past the closing mark, or the paragraph end when the quote runs on.
    var markEnd: Int
    var paragraph: Int
    /// False when the paragraph ended before a closing mark (the quote continues).
    var closed: Bool
    /// True when the quoted words end with . ! ? or …: the writer's sentence may end with them.
    var endsSentence: Bool
    /// True when the quoted words end with a comma, semicolon, colon or dash, or end a sentence:
    /// "“…,” said Ellis" (a bare “spontaneous” protests is no inverted attribution).
    var endsClause: Bool = false
    /// A transcript speaker label opening the quote ("PENCE: Well, ..."), if any.
    var label: String? = nil
}
