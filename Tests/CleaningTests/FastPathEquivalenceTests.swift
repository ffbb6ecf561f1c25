import Testing
@testable import Cleaning

/// The speed-ups that skip building strings must give exactly the answers of the plain
/// code they stand in for.
@Suite struct FastPathEquivalenceTests {
    static let titles = [
        "Budget passes!", "Biden’s “plan” — explained", "Café crème: 2024", "Правительство приняло бюджет",
        "정부 예산 통과", "İstanbul’da seçim", "e\u{301}te\u{301}", "Ⱥ tax", "東京 news", "",
    ]
    static let texts = titles + [
        "budget passes", "BUDGET  PASSES.", "Budget passes today", "bidens plan explained", "Biden's plan, explained!",
        "CAFÉ CRÈME 2024", "cafe creme 2024", "ПРАВИТЕЛЬСТВО приняло — бюджет", "정부 예산", "istanbul’da seçim",
        "İSTANBUL’DA SEÇİM", "été", "ⱥ TAX", "東京 NEWS", "Bud\u{301}get passes",
    ]

    @Test func titleComparisonMatchesBuildingTheComparableText() {
        for title in Self.titles.map(HTMLContentExtractor.comparable) {
            for text in Self.texts {
                #expect(HTMLContentExtractor.comparableText(text, equals: title)
                        == (HTMLContentExtractor.comparable(text) == title), "\(text) vs \(title)")
            }
        }
    }

    @Test func titleComparisonFindsTheTitleAgain() {
        let title = HTMLContentExtractor.comparable("Правительство приняло бюджет")
        #expect(HTMLContentExtractor.comparableText("ПРАВИТЕЛЬСТВО — приняло бюджет!", equals: title))
        #expect(!HTMLContentExtractor.comparableText("Правительство приняло бюджет 2025", equals: title))
    }

    @Test func clipKeepsTheFirstScalarsAndMarksTheCut() {
        let long = String(repeating: "ab€", count: 200)
        let clipped = HTMLContentExtractor.clip(long)
        #expect(clipped.unicodeScalars.count == HTMLContentExtractor.auditTextLimit + 1)
        #expect(clipped.hasSuffix("…"))
        #expect(long.hasPrefix(String(clipped.dropLast())))
        let short = String(repeating: "€", count: HTMLContentExtractor.auditTextLimit)
        #expect(HTMLContentExtractor.clip(short) == short)
    }

    @Test func collapsedTextHasOneSpaceRunsAndRepairsBrokenUTF8() {
        // A three-byte lead followed by ASCII is copied as is and must be repaired to U+FFFD,
        // exactly as `String(decoding:as:)` repairs it.
        let bytes: [UInt8] = Array("  a\t\n b\u{00A0}\u{200B}c  ".utf8) + [0xE2, 0x41, 0x42]
        let text = bytes.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) }
        #expect(text == String(decoding: Array("a b c ".utf8) + [0xE2, 0x41, 0x42], as: UTF8.self))
        #expect(text.unicodeScalars.contains("\u{FFFD}"))
    }
}
