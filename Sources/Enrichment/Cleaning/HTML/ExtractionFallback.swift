/// What to return when the main content selector finds nothing credible, so that a page
/// with text never comes out empty. Each step is cruder than the one before and is only
/// tried when the earlier ones give nothing:
///
/// 1. `fallback-jsonld`: the page's JSON-LD `articleBody`, the publisher's own copy of the text;
/// 2. `fallback-cluster`: the largest run of consecutive text blocks that are not link
///    lists (bodies of bare `div`/`span`/`br` runs, blog posts in unusual markup);
/// 3. `fallback-description`: `og:description` plus whatever paragraphs the page has
///    (teasers, video pages, paywall stubs: an honest short text instead of nothing);
/// 4. `fallback-visible`: all visible text outside navigation, scripts and forms.
///
/// Every path works on the blocks the segmenter made, so the boilerplate its markup names
/// (navigation, share bars, comments) stays out until the very last step.
struct ExtractionFallback {
    enum Path: String {
        case main
        case jsonLD = "fallback-jsonld"
        case cluster = "fallback-cluster"
        case description = "fallback-description"
        case visible = "fallback-visible"
    }

    let document: HTMLDocument
    /// Every block the segmenter made, in reading order (before selection).
    let blocks: [TextBlock]
    let jsonLDBody: String?
    let description: String?

    /// Fewest word tokens a main extraction needs to stand without a fallback.
    static let credibleWords = 1

    /// The fallback text's paragraphs and the path that produced them, or nil if the page has no text at all.
    func paragraphs() -> (paragraphs: [String], path: Path)? {
        if let body = jsonLDBody, Self.words(body) >= 8 {
            let paragraphs = PlainTextCleaner.splitParagraphs(body).flatMap(PlainTextCleaner.joinWrappedLines)
            if !paragraphs.isEmpty { return (paragraphs, .jsonLD) }
        }
        if let cluster = largestCluster() { return (cluster, .cluster) }
        if let described = describedParagraphs() { return (described, .description) }
        let visible = visibleText()
        return visible.isEmpty ? nil : (visible, .visible)
    }

    /// The run of consecutive blocks, broken at link lists and teasers, with the most
    /// plain (unlinked) text. Headings and short lines inside the run are kept; it must
    /// hold at least one sentence-like block of 8 words or more.
    func largestCluster() -> [String]? {
        var best: Range<Int>?
        var bestScore = 0
        var start = 0
        var score = 0
        var hasSentence = false
        func close(_ end: Int) {
            if hasSentence, score > bestScore, start < end {
                best = start..<end
                bestScore = score
            }
            start = end + 1
            score = 0
            hasSentence = false
        }
        for (index, block) in blocks.enumerated() {
            if block.linkDensity > 0.5 || block.isTeaser {
                close(index)
                continue
            }
            score += block.length - block.linkLength
            if block.wordCount >= 8 { hasSentence = true }
        }
        close(blocks.count)
        guard let best else { return nil }
        var run = Array(blocks[best])
        // Short unsentenced lines at either end are labels (kickers, "Share", dates).
        while let first = run.first, first.wordCount < 4, !first.endsLikeSentence { run.removeFirst() }
        while let last = run.last, last.wordCount < 4, !last.endsLikeSentence { run.removeLast() }
        let texts = run.filter { BoilerplateLines.classify($0.text) == nil }.map(\.text)
        return texts.isEmpty ? nil : texts
    }

    /// `og:description` (or the meta description) followed by the page's paragraphs that
    /// are not link lists, without repeating the description.
    func describedParagraphs() -> [String]? {
        var result: [String] = []
        if let description, Self.words(description) >= 3 { result.append(description) }
        for block in blocks where block.kind == .paragraph && block.linkDensity <= 0.5 && block.wordCount >= 3 {
            if let first = result.first, first == block.text { continue }
            result.append(block.text)
        }
        return result.isEmpty ? nil : result
    }

    /// Every block the segmenter kept that is not a link list; then, if there is none,
    /// every text of the page outside scripts, forms and `<nav>`.
    func visibleText() -> [String] {
        let kept = blocks.filter { $0.linkDensity <= 0.5 }.map(\.text)
        if !kept.isEmpty { return kept }
        if let any = blocks.first(where: { !$0.text.isEmpty }) { return [any.text] }
        var texts: [String] = []
        var node = 0
        while node < document.count {
            let tag = document.tags[node]
            if tag.isNeverContent || tag == .nav || tag == .title || tag == .form {
                node = Int(document.ends[node])
                continue
            }
            if tag == .text {
                let text = document.textContent(of: node)
                if !text.isEmpty { texts.append(text) }
            }
            node += 1
        }
        return texts.isEmpty ? [] : [texts.joined(separator: " ")]
    }

    /// Word tokens, as the scorer counts them (runs of letters and digits).
    static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }
}
