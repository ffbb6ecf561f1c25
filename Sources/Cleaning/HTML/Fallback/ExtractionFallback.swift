/// What to return when the main content selector finds nothing credible, so that a page
/// with text never comes out empty. Each step is cruder than the one before and is only
/// tried when the earlier ones give nothing:
///
/// 1. `fallback-jsonld`: the page's JSON-LD `articleBody`, the publisher's own copy of the text;
/// 2. `fallback-cluster`: the largest run of consecutive text blocks that are not link
///    lists (bodies of bare `div`/`span`/`br` runs, blog posts in unusual markup);
/// 3. `fallback-description`: `og:description` plus whatever paragraphs the page has
///    (teasers, video pages, paywall stubs: an honest short text instead of nothing);
/// 4. `fallback-visible`: all visible text outside navigation, scripts and forms, with
///    class names no longer read.
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

    /// Whether `text` holds a word token as the scorer counts them: a main extraction
    /// without one is not credible. Stops at the first letter or digit (ASCII first).
    static func hasWord(_ text: String) -> Bool {
        if text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }) { return true }
        return text.unicodeScalars.contains { $0.value >= 0x80 && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
    }

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

    /// Every block the segmenter kept that is not a link list; if there is none, the page's
    /// unlinked text read by tag alone (`unhintedText`: a class name that took the whole
    /// body away is ignored); if there is none, every block, links and all.
    func visibleText() -> [String] {
        let kept = blocks.filter { $0.linkDensity <= 0.5 }.map(\.text)
        if !kept.isEmpty { return kept }
        let unhinted = unhintedText()
        if !unhinted.isEmpty { return unhinted }
        // Only links are left (a page wrapped in one `javascript:` link): take them all.
        return blocks.map(\.text).filter { !$0.isEmpty }
    }

    /// Text outside links, one paragraph per block-level element, skipping only what its
    /// tag or visibility says is never article text: scripts, forms, hidden elements,
    /// `<nav>`, `<header>`, `<footer>`, `<aside>`. Class and id hints are not read.
    func unhintedText() -> [String] {
        var paragraphs: [String] = []
        var buffer: [UInt8] = []
        func flush() {
            let text = buffer.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) }
            if !text.isEmpty { paragraphs.append(text) }
            buffer.removeAll(keepingCapacity: true)
        }
        var open: [Int] = []
        var node = 0
        while node < document.count {
            while let top = open.last, Int(document.ends[top]) <= node {
                open.removeLast()
                if document.tags[top].breaksBlock { flush() }
            }
            let tag = document.tags[node]
            switch tag {
            case .text:
                let start = Int(document.textStarts[node]), end = Int(document.textEnds[node])
                buffer.append(contentsOf: document.textBytes[start..<end])
                node += 1
                continue
            case .nav, .header, .footer, .aside, .form, .title:
                if tag.breaksBlock { flush() }
                node = Int(document.ends[node])
                continue
            default:
                if tag.isNeverContent || document.hidden[node] {
                    node = Int(document.ends[node])
                    continue
                }
            }
            if tag.breaksBlock { flush() }
            open.append(node)
            node += 1
        }
        flush()
        return paragraphs
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
