import Articles
import Testing

/// Inputs fuzzing found (FuzzTesting/, the same inputs are seeds in FuzzTesting/corpus/).
@Suite struct FuzzRegressionTests {
    @Test("an empty quoted charset parameter declares no charset, so the page's <meta charset> applies")
    func emptyCharsetParameterDeclaresNothing() throws {
        #expect(TextDecoding.charset(inContentType: "text/html; charset=\"\"") == nil)
        let page: [UInt8] = Array("<meta charset=windows-1252><p>".utf8) + [0x93] + Array("quoted".utf8) + [0x94]
        let article = try RawArticleDecoder().decode(page, contentTypeHeader: "text/html; charset=\"\"")
        #expect(article.body.contains("\u{201C}quoted\u{201D}"))
    }
}
