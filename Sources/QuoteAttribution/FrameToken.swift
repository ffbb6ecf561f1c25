import TextProcessing

/// A word, punctuation mark or whole quotation in a paragraph: the unit the
/// attribution rules read. Quotations are single tokens so rules see their frame.
struct FrameToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// Index into the article's quote spans.
        case quote(Int)
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// The original spelling (empty for quotes).
    var text: String
    /// Lower-cased, curly apostrophes made straight.
    var lower: String

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
    var quoteIndex: Int? { if case .quote(let i) = kind { return i } else { return nil } }
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
