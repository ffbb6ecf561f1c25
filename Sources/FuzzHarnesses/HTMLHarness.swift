import Articles
import Cleaning

/// Fuzzes the HTML path: the byte pre-filter, the libxml2 tree builder and the content
/// extractor behind `ArticleCleaner` on arbitrary markup. The pre-filter's output must
/// stay valid UTF-8 (it may only cut at ASCII markup), parsing must give the same tree
/// size twice, and cleaning must be deterministic with well-formed paragraph spans.
public func fuzzHTML(_ data: UnsafeRawBufferPointer) {
    let html = FuzzInput.text(data)
    for settingTextAside in [false, true] {
        let page = HTMLPrefilter.strip(html, settingTextAside: settingTextAside)
        invariant(String(validating: page.markup, as: UTF8.self) != nil,
                  "the pre-filter (text set aside: \(settingTextAside)) cut a UTF-8 sequence")
    }
    let first = Result { () throws(CleaningError) in try HTMLParser.parse(html).count }
    let second = Result { () throws(CleaningError) in try HTMLParser.parse(html).count }
    invariant(first == second, "parsing the same page twice gave \(first) then \(second)")
    checkCleaning(RawArticle(contentType: .html, body: html))
}
