/// Character classes the tokenizer and sentence splitter need, on single scalars.
enum ScalarClass {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value == 32 || (s.value >= 9 && s.value <= 13) }
        return s.properties.isWhitespace || s.value == 0x200B || s.value == 0xFEFF
    }

    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && s.properties.generalCategory == .nonspacingMark
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return s.properties.isAlphabetic || isCombiningMark(s)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 48 && s.value <= 57 }
        return s.properties.generalCategory == .decimalNumber
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 97 && s.value <= 122 }
        return s.properties.isLowercase
    }

    /// Straight and curly apostrophes (’ is what most news sites print).
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}"
    }

    /// Hyphens that join words ("Israel-Hamas"); en and em dashes are separate tokens.
    static func isJoiningHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}"
    }
}
