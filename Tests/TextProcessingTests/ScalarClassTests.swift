import Testing
@testable import TextProcessing

/// The shared character classes, and the pairs that differ on purpose: the tokenizer's
/// classes on the left of each pair, quote attribution's on the right.
@Suite("ScalarClass")
struct ScalarClassTests {
    @Test("ASCII fast paths agree with the Unicode properties")
    func asciiAgreesWithUnicode() {
        for value in UInt32(0)..<128 {
            let s = Unicode.Scalar(value)!
            #expect(ScalarClass.isWhitespace(s) == s.properties.isWhitespace, "\(value)")
            #expect(ScalarClass.isAlphabetic(s) == s.properties.isAlphabetic, "\(value)")
            #expect(ScalarClass.isUppercase(s) == s.properties.isUppercase, "\(value)")
            #expect(ScalarClass.isLowercase(s) == s.properties.isLowercase, "\(value)")
            #expect(ScalarClass.isDigit(s) == (s.properties.generalCategory == .decimalNumber), "\(value)")
        }
    }

    @Test("zero-width spaces separate tokens but are not Unicode white space")
    func zeroWidthSpaces() {
        for s: Unicode.Scalar in ["\u{200B}", "\u{FEFF}"] {
            #expect(ScalarClass.isSpace(s))
            #expect(!ScalarClass.isWhitespace(s))
        }
        for s: Unicode.Scalar in [" ", "\t", "\n", "\u{A0}", "\u{2028}", "\u{3000}"] {
            #expect(ScalarClass.isSpace(s))
            #expect(ScalarClass.isWhitespace(s))
        }
        #expect(!ScalarClass.isSpace("a"))
        #expect(!ScalarClass.isSpace("\u{200D}"))  // ZERO WIDTH JOINER joins, it does not separate
    }

    @Test("a combining mark is a tokenizer letter but not alphabetic")
    func combiningMarks() {
        let acute: Unicode.Scalar = "\u{0301}"
        #expect(ScalarClass.isCombiningMark(acute))
        #expect(ScalarClass.isLetter(acute))
        #expect(!ScalarClass.isAlphabetic(acute))
        #expect(ScalarClass.isLetter("é") && ScalarClass.isAlphabetic("é"))
        #expect(!ScalarClass.isCombiningMark("e"))
    }

    @Test("digits of other scripts are tokenizer digits, not ASCII digits")
    func digits() {
        let arabicThree: Unicode.Scalar = "\u{0663}"
        #expect(ScalarClass.isDigit(arabicThree))
        #expect(!ScalarClass.isASCIIDigit(arabicThree))
        #expect(ScalarClass.isDigit("7") && ScalarClass.isASCIIDigit("7"))
        #expect(!ScalarClass.isDigit("½") && !ScalarClass.isASCIIDigit("x"))
    }

    @Test("quote words also take fractions, superscripts and spacing accents")
    func wordCharacters() {
        for s: Unicode.Scalar in ["½", "²", "\u{2162}", "´", "¨"] {
            #expect(ScalarClass.isLetterNumberOrDiacritic(s), "\(s)")
        }
        for s: Unicode.Scalar in ["½", "²", "´", "¨"] {
            #expect(!ScalarClass.isAlphanumeric(s), "\(s)")
        }
        for s: Unicode.Scalar in ["a", "Z", "0", "é", "\u{0663}"] {
            #expect(ScalarClass.isAlphanumeric(s) && ScalarClass.isLetterNumberOrDiacritic(s), "\(s)")
        }
        for s: Unicode.Scalar in [" ", ".", "-", "'", "\u{2019}", "\u{201C}", "^", "`"] {
            #expect(!ScalarClass.isAlphanumeric(s) && !ScalarClass.isLetterNumberOrDiacritic(s), "\(s)")
        }
    }

    @Test("case, apostrophes, joining hyphens and newlines")
    func caseAndPunctuation() {
        #expect(ScalarClass.isUppercase("É") && !ScalarClass.isLowercase("É"))
        #expect(ScalarClass.isLowercase("ß") && !ScalarClass.isUppercase("ß"))
        #expect(!ScalarClass.isUppercase("1") && !ScalarClass.isLowercase("1"))
        #expect(["'", "\u{2019}", "\u{02BC}", "\u{2018}"].allSatisfy(ScalarClass.isApostrophe))
        #expect(!ScalarClass.isApostrophe("\""))
        #expect(["-", "\u{2010}", "\u{2011}"].allSatisfy(ScalarClass.isJoiningHyphen))
        #expect(!ScalarClass.isJoiningHyphen("\u{2013}") && !ScalarClass.isJoiningHyphen("\u{2014}"))
        #expect(["\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"].allSatisfy(ScalarClass.isNewline))
        #expect(!ScalarClass.isNewline("\t") && !ScalarClass.isNewline(" "))
    }

    @Test("the tokenizer's classes, seen through its output")
    func throughTheTokenizer() {
        func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }
        #expect(texts("Gaza\u{200B}City") == ["Gaza", "City"])
        #expect(texts("cafe\u{0301} owners") == ["cafe\u{0301}", "owners"])
        #expect(texts("\u{0661}\u{0662}\u{0663} dead") == ["\u{0661}\u{0662}\u{0663}", "dead"])
    }
}
