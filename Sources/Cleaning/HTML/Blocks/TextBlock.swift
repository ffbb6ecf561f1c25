/// A run of text between two block boundaries (a paragraph, heading, list item, cell...).
package struct TextBlock: Sendable {
    enum Kind: Sendable, Equatable {
        case paragraph, heading(Int), listItem, quote, preformatted, caption, tableCell, other
    }

    var text: String
    /// Length in unicode scalars, and how much of it sits inside links.
    var length: Int
    var linkLength: Int
    /// Link text at the very start of the block (a headline link opening a teaser).
    var leadingLinkLength: Int = 0
    /// UTF-8 bytes of link text in the block (compared with per-element byte counts).
    var linkBytes: Int = 0
    /// Set by the selector: the block looks like a teaser for another article.
    var isTeaser = false
    var kind: Kind
    /// The innermost block-level element holding the text.
    var container: Int
    /// Inside a `<pre>` (code or verse as written). Set by the segmenter, which reads it
    /// from the open elements at the text itself (`kind` is read when the block closes).
    var inPreformatted = false

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    /// Ends like a sentence (., !, ?, closing quote, ...).
    var endsLikeSentence: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        switch last {
        case ".", "!", "?", ":", ";", "\"", "”", "’", "'", ")", "…", "»", "。", "！", "？": return true
        default: return false
        }
    }

    /// A few words and no sentence end: a label, kicker or heading. Capped in length too,
    /// since Chinese or Japanese text has no spaces and a whole paragraph counts as one word.
    func isShortLabel(maxWords: Int) -> Bool {
        length < 40 && wordCount <= maxWords && !endsLikeSentence
    }

    var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar == " " { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
