import Testing
@testable import Articles

/// Pages in the legacy charsets of Japanese, Chinese, Korean and Russian sites are read,
/// whether the header or the page's `<meta>` declares the charset.
@Suite struct LegacyCharsetTests {
    @Test("each declared legacy charset decodes its text", arguments: [
        ("shift_jis", [0x93, 0x8C, 0x8B, 0x9E, 0x82, 0xCC, 0x90, 0x56, 0x95, 0xB7], "東京の新聞"),
        ("gb2312", [0xB1, 0xB1, 0xBE, 0xA9, 0xD0, 0xC2, 0xCE, 0xC5], "北京新闻"),
        ("KOI8-R", [0xEE, 0xCF, 0xD7, 0xCF, 0xD3, 0xD4, 0xC9], "Новости"),
        ("euc-kr", [0xBC, 0xAD, 0xBF, 0xEF, 0x20, 0xB4, 0xBA, 0xBD, 0xBA], "서울 뉴스"),
        ("big5", [0xA5, 0x78, 0xC6, 0x57, 0xB7, 0x73, 0xBB, 0x44], "台灣新聞"),
        ("windows-1251", [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0], "Москва"),
    ] as [(String, [UInt8], String)])
    func declaredInTheHeader(_ charset: String, _ bytes: [UInt8], _ text: String) throws {
        let page = Array("<p>".utf8) + bytes + Array("</p>".utf8)
        #expect(try TextDecoding.decode(page, declaredCharset: charset) == "<p>\(text)</p>")
    }

    @Test("a <meta charset> names the charset when the header does not")
    func declaredInThePage() throws {
        let page = Array("<html><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8)
            + [0x93, 0x8C, 0x8B, 0x9E] + Array("</p></body></html>".utf8)
        #expect(try TextDecoding.decode(page, declaredCharset: nil).contains("<p>東京</p>"))
    }

    @Test("a few bytes invalid in the charset become U+FFFD; the rest is read")
    func strayInvalidBytes() throws {
        let beijing: [UInt8] = [0xB1, 0xB1, 0xBE, 0xA9]
        let gbk: [UInt8] = Array(repeating: beijing, count: 10).flatMap { $0 } + [0xFF]
        #expect(try TextDecoding.decode(gbk, declaredCharset: "gbk") == String(repeating: "北京", count: 10) + "\u{FFFD}")
    }

    @Test("a label iconv does not know, UTF-16 in a meta, or mostly invalid bytes: unsupported-charset")
    func refused() {
        let invalid: [UInt8] = Array("<p>".utf8) + [0xFF, 0xFE, 0xFF, 0xFE]
        #expect(throws: ArticleInputError.unsupportedCharset("x-no-such-charset")) {
            try TextDecoding.decode(invalid, declaredCharset: "x-no-such-charset")
        }
        #expect(throws: ArticleInputError.unsupportedCharset("utf-16")) {
            try TextDecoding.decode(invalid, declaredCharset: "utf-16")
        }
        #expect(throws: ArticleInputError.unsupportedCharset("shift_jis")) {
            try TextDecoding.decode(invalid, declaredCharset: "shift_jis")
        }
    }
}
