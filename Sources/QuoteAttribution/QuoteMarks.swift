import TextProcessing

/// Which characters open and close quotations, and how context decides the role of
/// ambiguous marks (`"` and `''` can do both; `’` is usually an apostrophe).
package enum QuoteMarks {
    /// Double marks: “ ” „ ‟ « » and the straight `"`.
    package static func isDouble(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: return true
        default: return false
        }
    }

    package static func isSingle(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2018}" || c == "\u{2019}"
    }

    /// What the glyph alone says: true opens, false closes, nil either.
    static func glyphOpens(_ c: Unicode.Scalar) -> Bool? {
        switch c.value {
        case 0x201C, 0x201E, 0x201F, 0xAB, 0x2018: return true
        case 0x201D, 0xBB, 0x2019: return false
        default: return nil
        }
    }

    /// Characters after which a mark still counts as sitting at a word start.
    static func isOpeningContext(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        if ScalarClass.isWhitespace(c) { return true }
        switch c {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":", ">": return true
        default: return isDouble(c) || isSingle(c)
        }
    }

    /// Characters before which a mark still counts as sitting at a word end.
    static func isClosingContext(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        if ScalarClass.isWhitespace(c) { return true }
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}", "-", "<", "\u{2026}": return true
        default: return isDouble(c) || isSingle(c)
        }
    }

    static func isWordCharacter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ScalarClass.isLetterNumberOrDiacritic(c)
    }
}
