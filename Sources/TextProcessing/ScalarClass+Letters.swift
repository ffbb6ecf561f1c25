/// Letters, digits and case.
extension ScalarClass {
    /// Unicode Alphabetic. Quote attribution's letter test (mark context, title words,
    /// initials): a combining mark alone does not start or continue a word there.
    @inlinable
    package static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic
    }

    /// A non-spacing mark (U+0301 COMBINING ACUTE ACCENT in a decomposed "é").
    @inlinable
    package static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && s.properties.generalCategory == .nonspacingMark
    }

    /// Alphabetic or a combining mark: the tokenizer's letter, so a decomposed accent
    /// stays inside its word instead of becoming a token.
    @inlinable
    package static func isLetter(_ s: Unicode.Scalar) -> Bool {
        isAlphabetic(s) || isCombiningMark(s)
    }

    /// A decimal digit of any script ("٣" as well as "3"): the tokenizer's digit, so
    /// numbers written in other scripts stay one token.
    @inlinable
    package static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 48 && v <= 57 }
        return s.properties.generalCategory == .decimalNumber
    }

    /// "0"..."9" only: quote attribution's and the numeric entity rules' digit; their rules
    /// ("9/11", counts before a name, "19,667") are written for ASCII figures.
    @inlinable
    package static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 48 && s.value <= 57
    }

    /// The tokenizer's word character: `isLetter` or `isDigit`.
    @inlinable
    package static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Quote attribution's word character: alphabetic, any numeric character ("½", "²",
    /// "Ⅻ") or a diacritic ("´", "¨"), so such characters never split a speaker's name or
    /// count as punctuation beside a quote mark.
    @inlinable
    package static func isLetterNumberOrDiacritic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57) }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.isDiacritic
    }

    @inlinable
    package static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return s.properties.isUppercase
    }

    @inlinable
    package static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 97 && v <= 122 }
        return s.properties.isLowercase
    }
}
