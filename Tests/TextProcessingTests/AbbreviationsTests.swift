import Testing
@testable import TextProcessing

/// The one abbreviation list and its two readers.
@Suite("Abbreviations")
struct AbbreviationsTests {
    @Test("both readers know the common core, in any case")
    func commonCore() {
        for word in ["Dr", "mr", "MRS", "Sen", "Gov", "Jan", "Sept", "Inc", "Calif", "Ky", "vs"] {
            #expect(Abbreviations.isKnown(word, by: .tokenizer), "\(word)")
            #expect(Abbreviations.isKnown(word, by: .quoteFrames), "\(word)")
        }
        for word in ["said", "Obama", "U.S", "", "Dr."] {
            #expect(!Abbreviations.isKnown(word, by: .tokenizer), "\(word)")
            #expect(!Abbreviations.isKnown(word, by: .quoteFrames), "\(word)")
        }
    }

    @Test("days, June, July and scholarly words are the tokenizer's alone")
    func tokenizerOnly() {
        for word in ["Jun", "Jul", "Mon", "Thurs", "Ave", "Blvd", "etc", "approx", "Mme", "Brig", "Miss"] {
            #expect(Abbreviations.isKnown(word, by: .tokenizer), "\(word)")
            #expect(!Abbreviations.isKnown(word, by: .quoteFrames), "\(word)")
        }
    }

    @Test("No, Mont, Penn and Wyo are quote frames' alone")
    func quoteFramesOnly() {
        for word in ["No", "Mont", "Penn", "Wyo"] {
            #expect(Abbreviations.isKnown(word, by: .quoteFrames), "\(word)")
            #expect(!Abbreviations.isKnown(word, by: .tokenizer), "\(word)")
        }
    }

    @Test("each word is written once: the core and the two additions do not overlap")
    func writtenOnce() {
        #expect(Abbreviations.common.isDisjoint(with: Abbreviations.tokenizerOnly))
        #expect(Abbreviations.common.isDisjoint(with: Abbreviations.quoteFramesOnly))
        #expect(Abbreviations.tokenizerOnly.isDisjoint(with: Abbreviations.quoteFramesOnly))
        // The lists as each reader had them before they were merged (quotes' unreachable
        // "u.s" and "d.c" aside: its words never contain a period).
        #expect(Abbreviations.tokenizerWords.count == 119)
        #expect(Abbreviations.quoteFrameWords.count == 77)
        let all = Abbreviations.tokenizerWords.union(Abbreviations.quoteFrameWords)
        #expect(all.allSatisfy { $0 == $0.lowercased() && !$0.hasSuffix(".") })
    }

    @Test("the tokenizer keeps a period only on its own abbreviations")
    func throughTheTokenizer() {
        func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }
        #expect(texts("due in Jun. or Jul. at the latest") == ["due", "in", "Jun.", "or", "Jul.", "at", "the", "latest"])
        #expect(texts("Cheyenne, Wyo. He left.") == ["Cheyenne", ",", "Wyo", ".", "He", "left", "."])
        #expect(texts("No. 4 seed. No. It lost.") == ["No.", "4", "seed", ".", "No", ".", "It", "lost", "."])
    }
}
