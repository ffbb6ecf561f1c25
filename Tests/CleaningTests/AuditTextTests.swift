import Testing
@testable import Cleaning

/// Audit entries of removed subtrees are collapsed only as far as they are shown; they must
/// read exactly as clipping the whole collapsed text did.
@Suite struct AuditTextTests {
    static let pieces: [[UInt8]] = {
        let texts = ["word", "Council", " ", "  ", "\t", "\n\r\n", "’", "“", "”", "—", "…", "•", "é", "e\u{301}", "\u{301}", "©",
                     "\u{A0}", "\u{AD}", "\u{200B}", "가", "\u{1100}\u{1161}", "क़", "東京", "\u{2000}", "\u{2028}", "\u{212B}",
                     "ǖ", "\u{85}", "\u{7F}", "\u{01}", "\u{0B3E}", "\u{0B47}", "x", "12:30", ".", "😀"]
        return texts.map { Array($0.utf8) } + [[0xE2], [0x80], [0xC0, 0x80], [0xFF], [0xE2, 0x80], [0xCC]]
    }()

    static func reference(_ bytes: [UInt8]) -> String {
        HTMLContentExtractor.clip(bytes.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) })
    }

    @Test func clippedCollapseMatchesClippingTheWholeText() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var fastAnswers = 0
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            let target = [40, 290, 300, 310, 600, 1204][round % 6]
            // Mostly ASCII words and spaces, like page text; now and then any other piece.
            while bytes.count < target {
                // Every third text uses only safe pieces (the first 13) until its very end.
                let palette = round % 3 == 0 && bytes.count < target - 8 ? 13 : Self.pieces.count
                let piece = next(10) < 7 ? Self.pieces[next(7)] : Self.pieces[next(palette)]
                bytes += piece
            }
            let produced = bytes.withUnsafeBufferPointer { HTMLContentExtractor.clippedCollapse($0) }
            let expected = Self.reference(bytes)
            #expect(Array(produced.utf8) == Array(expected.utf8), "\(bytes)")
            if bytes.withUnsafeBufferPointer({ HTMLContentExtractor.clippedSafePrefix($0) }) != nil { fastAnswers += 1 }
        }
        #expect(fastAnswers > 300)  // the short path is really taken
    }

    @Test func exactlyThreeHundredScalarsAreNotClipped() {
        let words = Array(String(repeating: "ab ", count: 100).utf8)  // 299 scalars after trimming
        let withTail = words + Array("c".utf8) + Array("   ".utf8)
        for bytes in [words, withTail, withTail + Array("d".utf8), withTail + Array("’".utf8), withTail + Array("\u{301}".utf8)] {
            let produced = bytes.withUnsafeBufferPointer { HTMLContentExtractor.clippedCollapse($0) }
            #expect(Array(produced.utf8) == Array(Self.reference(bytes).utf8))
        }
    }

    @Test func auditTextOfARemovedSubtreeMatchesClippingItsTextContent() throws {
        let long = String(repeating: "Read the latest news on the budget — “today” ", count: 40)
        let html = "<html><body><nav><ul><li>\(long)</li><li>Home</li></ul></nav><footer>  © 2024  Daily\u{301} </footer></body></html>"
        let document = try HTMLParser.parse(html)
        for node in 0..<document.count {
            let expected = HTMLContentExtractor.clip(document.textContent(of: node, limit: HTMLContentExtractor.auditGatherLimit))
            #expect(HTMLContentExtractor.auditText(of: node, in: document) == expected)
        }
    }
}
