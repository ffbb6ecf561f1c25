import Articles
import Cleaning

/// Fuzzes the JSON-LD reader (`JSONLDReader`, `JSONLDArticle`) through the page it is
/// read from: the input is the body of a `<script type="application/ld+json">` in a
/// page with no visible text, so the metadata and the `fallback-jsonld` path both read
/// it. The reader is internal to Cleaning; going through the page tests what users get.
/// The page's title must be read the same way twice, and cleaning must be deterministic.
public func fuzzJSONLD(_ data: UnsafeRawBufferPointer) {
    let json = FuzzInput.text(data)
    let page = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div></div></body></html>"
    let first = Result { () throws(CleaningError) in PageMetadata(document: try HTMLParser.parse(page)).title }
    let second = Result { () throws(CleaningError) in PageMetadata(document: try HTMLParser.parse(page)).title }
    invariant(first == second, "the page's metadata read twice gave \(first) then \(second)")
    checkCleaning(RawArticle(contentType: .html, body: page))
}
