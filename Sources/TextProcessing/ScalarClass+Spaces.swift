/// Spaces and line breaks.
extension ScalarClass {
    /// Unicode White_Space. Quote attribution skips and trims with this, so a zero-width
    /// space inside a paragraph stays part of the text a quote span covers.
    @inlinable
    package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return s.properties.isWhitespace
    }

    /// U+200B ZERO WIDTH SPACE and U+FEFF (a byte-order mark pasted mid-text): invisible,
    /// yet not Unicode White_Space.
    @inlinable
    package static func isZeroWidthSpace(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x200B || s.value == 0xFEFF
    }

    /// White space or a zero-width space: what separates tokens, so invisible characters
    /// that content systems leave in text never become tokens of their own.
    @inlinable
    package static func isSpace(_ s: Unicode.Scalar) -> Bool {
        isWhitespace(s) || isZeroWidthSpace(s)
    }

    /// Line feed, carriage return, the Unicode line and paragraph separators and NEL: each
    /// counts as one line break when the sentence splitter looks for blank lines.
    @inlinable
    package static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}"
    }
}
