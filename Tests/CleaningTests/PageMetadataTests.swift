import Testing
@testable import Cleaning

/// Metadata keeps only the `<meta>` keys and itemprops it reads; these must still be found.
@Suite struct PageMetadataTests {
    @Test func readsMetaKeysItempropAuthorAndDateInDocumentOrder() throws {
        let html = """
        <html lang="de-AT"><head><title>Fallback title</title>
        <meta name="viewport" content="width=device-width">
        <meta name="description" content="A  long   description">
        <meta property="og:title" content="  Council  passes budget ">
        <meta property="og:title" content="Second og:title is ignored">
        <meta name="twitter:site" content="@dailynews">
        <meta name="publish-date" content="2024-03-05T10:00:00Z">
        <link rel="canonical" href=" https://example.com/budget ">
        </head><body>
        <div itemprop="publisher"><span itemprop="name">Daily News Group</span></div>
        <span itemprop="author">Jane   Doe</span><span itemprop="author">John Roe</span>
        <p>The council passed the budget on Tuesday after a long debate about schools and roads.</p>
        </body></html>
        """
        let metadata = PageMetadata(document: try HTMLParser.parse(html))
        #expect(metadata.title == "Council passes budget")
        #expect(metadata.siteName == "dailynews")
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.publishedAt == ISODateNormalizer.normalize("2024-03-05T10:00:00Z"))
        #expect(metadata.language == "de")
        #expect(metadata.url == "https://example.com/budget")
    }
}
