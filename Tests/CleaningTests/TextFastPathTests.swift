import Testing
@testable import Cleaning

/// Table and byte paths that stand in for Unicode property lookups must give the same answers.
@Suite struct TextFastPathTests {
    @Test func nfcFastRangesAgreeWithThePropertyLookup() {
        for range in [0x0400...0x0482, 0x048A...0x052F, 0x1E00...0x1EFF, 0x2002...0x20CF, 0x4E00...0x9FFF, 0xAC00...0xD7A3] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                #expect(TextNormalizer.neverChangedByNFC(scalar.value))
                #expect(!TextNormalizer.mayChangeUnderNFCByLookup(scalar), "U+\(String(value, radix: 16))")
            }
        }
        #expect(TextNormalizer.mayChangeUnderNFC("\u{0301}"))
        #expect(TextNormalizer.mayChangeUnderNFC("\u{2001}"))
        #expect(!TextNormalizer.neverChangedByNFC(0x2001))
    }

    @Test func scalarCountMatchesCountingByteByByte() {
        let texts = ["", "a", "abcdefgh", "abcdefghi", "é", "€uro’s “news” — ok", "정부 예산 통과 😀 mixed text here",
                     String(repeating: "ab€", count: 37)]
        for text in texts {
            let bytes = Array(text.utf8)
            for start in 0..<min(bytes.count, 9) {
                let slice = Array(bytes[start...])
                let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
                #expect(slice.withUnsafeBufferPointer { TextNormalizer.scalarCount($0) } == expected, "\(text) from \(start)")
            }
        }
    }

    @Test func asciiDateLinesMatchTheCharacterRule() {
        let lines = [
            "20 December 2023, 9:14 pm", "Updated 3 hours ago", "Published: 2023-12-20", "Posted on Mon, 04 Mar 2024",
            "3 people died", "Route 66 reopens today", "Sept. 5, 2023 at 10:00 a.m. ET", "2024", "Page 2 of 5",
            "1 2 3 4 5 6 7 8 9 10 11 12", "1 2 3 4 5 6 7 8 9 10 11 12 13", "Read 5 min", "May 2023\r\nUpdated",
            "WEDNESDAY 12 JUNE 2024 14:00 BST", "Thursdayyyyyyyyyyyy 12", "12 abcdefghijklmnopqrstuvwxyz",
        ]
        for line in lines {
            #expect(DateLineDetector.isDateLine(line) == DateLineDetector.isDateLineByCharacters(line), "\(line)")
        }
        #expect(DateLineDetector.isDateLine("20 December 2023, 9:14 pm"))
        #expect(!DateLineDetector.isDateLine("Route 66 reopens today"))
        #expect(DateLineDetector.isDateLine("20 décembre 2023") == DateLineDetector.isDateLineByCharacters("20 décembre 2023"))
    }

    @Test func dateLineSeparatorsAreStandAloneNonWordCharacters() {
        var separators: [UInt32] = Array(UInt32(0xA1)...0xBF).filter { DateLineDetector.isLatinPunctuation($0) } + [0xD7, 0xF7]
        separators += Array(UInt32(0x2010)...0x2027) + Array(UInt32(0x2030)...0x205E)
        for value in separators {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(!character.isLetter && !character.isNumber, "U+\(String(value, radix: 16))")
            #expect(("a" + String(scalar) + "1").count == 3 && String(scalar).lowercased() == String(scalar))
            let bytes = Array(String(scalar).utf8)
            #expect(bytes.withUnsafeBufferPointer { DateLineDetector.separatorWidth($0, at: 0) } == bytes.count)
        }
        let lines = ["20 December 2023 · 9:14 pm", "Updated — 3 hours ago", "12 June 2024 | 14:00 BST", "Mon, 4 Mar ’24",
                     "5 µm wide · 2024", "© 2024 · May 3", "½ 2024", "Tues • 12 • 2024", "3 ª 2024", "20 December 2023 – 21:00",
                     "Posted on 5\u{2028}May 2023", "12\u{301} May 2024"]
        for line in lines {
            #expect(DateLineDetector.isDateLine(line) == DateLineDetector.isDateLineByCharacters(line), "\(line)")
        }
        #expect(DateLineDetector.isDateLine("20 December 2023 · 9:14 pm"))
    }

    @Test func comparableTableMatchesTheProperties() {
        for value in UInt32(0x80)..<ComparableScalars.tableLimit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var expected = String.UnicodeScalarView()
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                expected.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            let text = "A" + String(scalar) + "b"
            let produced = Array(HTMLContentExtractor.comparable(text).unicodeScalars)
            #expect(produced == Array(("a" + String(expected) + "b").unicodeScalars), "U+\(String(value, radix: 16))")
        }
    }
}
