/// Splits a document into text blocks in reading order, leaving out subtrees that are
/// never article text (scripts, forms, hidden elements) or that their markup names as
/// boilerplate (navigation, share bars, comment sections...). Every left-out subtree
/// with text is reported with its reason for the audit trail.
package struct BlockSegmenter {
    package struct Result {
        package var blocks: [TextBlock]
        var removed: [(node: Int, reason: RemovalReason)]
    }

    let document: HTMLDocument
    /// Text per subtree, when the caller has it already (else worked out here).
    var counts: SubtreeTextCounts? = nil

    package init(document: HTMLDocument, counts: SubtreeTextCounts? = nil) {
        self.document = document
        self.counts = counts
    }

    /// Fields, and text bytes per field, of a block that reads as a form (`removalReason`).
    static let formFieldsMinimum: Int32 = 3
    static let formTextPerField: Int32 = 100

    /// An inline element inside a paragraph that holds a picture and three or more links and
    /// nothing else: a person's or a ticker's hover card (a photo, the name, their latest
    /// stories), shown on hover and written into the sentence after the linked name. The
    /// innermost such element is the card: its wrapper often holds the linked name too.
    private func isHoverCard(_ node: Int, counts: SubtreeTextCounts) -> Bool {
        let doc = document
        func looksLikeCard(_ node: Int) -> Bool {
            !doc.tags[node].breaksBlock && doc.tags[node] != .a && counts.hasImage[node] && counts.links[node] >= 3
                && counts.linkText[node] * 10 >= counts.text[node] * 9
        }
        guard looksLikeCard(node) else { return false }
        var child = node + 1
        while child < Int(doc.ends[node]) {
            if looksLikeCard(child) { return false }
            child = Int(doc.ends[child])
        }
        var ancestor = Int(doc.parents[node])
        while ancestor >= 0, !doc.tags[ancestor].breaksBlock { ancestor = Int(doc.parents[ancestor]) }
        return ancestor >= 0 && doc.tags[ancestor] == .p
    }

    /// Why this element is left out of the text, if it is.
    private func removalReason(
        _ node: Int, counts: SubtreeTextCounts, paragraphText: [Int32], pageParagraphText: Int32, plainText: PlainTextShare, storyAncestors: [Bool],
        storyArticles: [Int], hintCache: inout [(reason: RemovalReason, strong: Bool)??]
    ) -> RemovalReason? {
        let doc = document
        let tag = doc.tags[node]
        if tag.isNeverContent { return tag == .button || tag == .select || tag == .textarea ? .form : nil }
        if doc.hidden[node] { return .hidden }
        // A subtree holding most of the page's paragraph text is the article, whatever its markup says.
        // Bodies written as `div`/`span`/`br` runs have no paragraph text: most of the
        // page's unlinked text says the same.
        /// Whether a story `<article>` lies outside `element`, neither in it nor around it.
        func storyBeside(_ element: Int) -> Bool {
            let end = Int(doc.ends[element])
            return storyArticles.contains { $0 < element ? Int(doc.ends[$0]) <= element : $0 >= end }
        }
        let holdsArticle = paragraphText[node] > 400 && paragraphText[node] * 5 > pageParagraphText * 2
            || plainText.holdsMost(node)
        switch tag {
        case .nav: return holdsArticle ? nil : .navigation
        case .footer: return holdsArticle ? nil : .footer
        // An `<aside>` beside a story `<article>` is a sidebar however much prose it holds
        // (a live feed, a column of briefs): the page's own markup says which is the story.
        case .aside: return holdsArticle && !storyBeside(node) ? nil : .related
        case .form: return holdsArticle ? nil : .form
        case .figcaption, .caption: return .caption
        case .header: return holdsArticle ? nil : .header
        // Links are words inside sentences: their classes (tooltip, share-link) never remove them.
        case .html, .body, .main, .article, .a: return nil
        default: break
        }
        /// What the element's class, id or role say, if anything.
        func hintReason() -> RemovalReason? {
            let hintIndex = doc.hintIndex[node]
            guard hintIndex >= 0 else { return nil }
            let match: (reason: RemovalReason, strong: Bool)?
            if let cached = hintCache[Int(hintIndex)] {
                match = cached
            } else {
                match = BoilerplateHints.classify(doc.hints[Int(hintIndex)])
                hintCache[Int(hintIndex)] = match
            }
            guard let match else { return nil }
            // A strong hint (comments, share, related) only yields for a wrapper of nearly everything.
            if match.strong {
                let wrapsPage = paragraphText[node] > 400 && paragraphText[node] * 5 > pageParagraphText * 4
                if wrapsPage { return nil }
                // An open modal, a collapsed "read more" continuation, a paywall wrapper or an
                // "in-content ad break" container can hold the story itself: then it is long
                // prose, not a list of links (see `PlainTextShare.isProse`). Comment threads
                // are long prose too, so they never qualify.
                if match.reason != .comments,
                   plainText.isProse(node, paragraphText: paragraphText[node], pageParagraphText: pageParagraphText) {
                    return nil
                }
                // A popup, paywall or ad wrapper around a whole story `<article>` is layout: its own
                // furniture is still removed below it, by its own markup.
                if match.reason == .popup || match.reason == .newsletter || match.reason == .advertisement, storyAncestors[node] {
                    return nil
                }
                return match.reason
            }
            if holdsArticle { return nil }
            if match.reason != .comments,
               plainText.isProse(node, paragraphText: paragraphText[node], pageParagraphText: pageParagraphText) {
                return nil
            }
            return match.reason
        }
        if let reason = hintReason() { return reason }
        if isHoverCard(node, counts: counts) { return .popup }
        // A form without a `<form>` element (a registration or sign-up block in a layout
        // table): several fields a reader fills in, a few words of label each, no paragraphs.
        let controls = counts.formControls[node]
        if controls >= Self.formFieldsMinimum, !holdsArticle, paragraphText[node] < 200,
           counts.text[node] < controls * Self.formTextPerField {
            return .form
        }
        return nil
    }

    package func segment() -> Result {
        let doc = document
        let counts = counts ?? SubtreeTextCounts(document: doc)
        let paragraphText = counts.paragraphText, textPerNode = counts.text
        // Cells of a data table read as one line per row ("1 Kyle Busch 5040 5"); cells holding
        // paragraphs (layout tables) still separate blocks.
        func breaks(_ node: Int) -> Bool {
            let tag = doc.tags[node]
            if tag == .td || tag == .th { return textPerNode[node] >= 200 }
            return tag.breaksBlock
        }
        let pageParagraphText = paragraphText.first ?? 0
        let plainText = PlainTextShare(counts: counts)
        let storyArticles = plainText.storyArticles(of: doc)
        // Popups are judged beside the stories with hardly any links (under a tenth).
        let storyAncestors = plainText.storyArticleAncestors(
            of: doc, stories: storyArticles.filter { plainText.linksUnder(oneIn: 10, of: $0) })
        var blocks: [TextBlock] = []
        var removed: [(node: Int, reason: RemovalReason)] = []

        // Each distinct hint is classified once a page: outer nil = not classified yet.
        var hintCache = [(reason: RemovalReason, strong: Bool)??](repeating: nil, count: doc.hints.count)
        var open: [Int] = []          // open elements, outermost first
        var linkDepth = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        var bufferLinkLength = 0
        var bufferLength = 0  // scalars gathered; read only as "is there any" (see the text-node case)
        var leadingLinkLength = 0
        var linkBytes = 0
        var sawPlainText = false
        /// The innermost block element in which a `<br>` last split text (see the pop loop).
        var breakContainer = -1
        /// Open `<pre>` elements: their text is marked `inPreformatted`.
        var preDepth = 0

        func flush() {
            guard bufferLength > 0 else { return }
            let text = buffer.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) }
            buffer.removeAll(keepingCapacity: true)
            guard !text.isEmpty else {
                bufferLength = 0; bufferLinkLength = 0; leadingLinkLength = 0; sawPlainText = false; linkBytes = 0
                return
            }
            var kind = TextBlock.Kind.other
            var container = 0
            var foundContainer = false
            for element in open.reversed() {
                let tag = doc.tags[element]
                if !foundContainer, tag.breaksBlock { container = element; foundContainer = true }
                if kind == .other {
                    switch tag {
                    case .p: kind = .paragraph
                    case .li, .dd, .dt: kind = .listItem
                    case .blockquote: kind = .quote
                    case .pre: kind = .preformatted
                    case .figcaption, .caption: kind = .caption
                    case .td, .th: kind = .tableCell
                    default: if let level = tag.headingLevel { kind = .heading(level) }
                    }
                }
                if foundContainer, kind != .other { break }
            }
            var copy = text
            let length = copy.withUTF8 { TextNormalizer.scalarCount($0) }
            blocks.append(TextBlock(
                text: text, length: length, linkLength: min(length, bufferLinkLength),
                leadingLinkLength: min(length, leadingLinkLength), linkBytes: linkBytes, kind: kind, container: container,
                inPreformatted: preDepth > 0))
            linkBytes = 0
            bufferLength = 0
            bufferLinkLength = 0
            leadingLinkLength = 0
            sawPlainText = false
        }

        var node = 0
        while node < doc.count {
            while let top = open.last, Int(doc.ends[top]) <= node {
                // Text closed by an element whose earlier lines were split at `<br>` is its last
                // line: it is flushed while the element is still open, so it gets the same
                // container as those lines (else a `div`/`br` body lost its last line to the
                // parent, outside the selected article). Other blocks keep their historical
                // container, the parent of their element, which the selector's weights were
                // fitted on.
                if top == breakContainer, breaks(top) { flush() }
                open.removeLast()
                let tag = doc.tags[top]
                if tag == .a { linkDepth -= 1 }
                if breaks(top) { flush() } else if tag == .td || tag == .th { buffer.append(0x20) }
                if tag == .pre { preDepth -= 1 }
            }
            let tag = doc.tags[node]
            if tag == .text {
                let start = Int(doc.textStarts[node]), end = Int(doc.textEnds[node])
                let inLink = linkDepth > 0, wantsVisible = !sawPlainText, bufferIsEmpty = bufferLength == 0
                let (length, hasVisible) = doc.textBytes.withUnsafeBufferPointer { all in
                    let slice = UnsafeBufferPointer(rebasing: all[start..<end])
                    buffer.append(contentsOf: slice)
                    // Outside links the count only tells whether the buffer holds anything (then 0
                    // stands for it), and visibility only matters until plain text was seen.
                    let length = inLink || bufferIsEmpty ? TextNormalizer.scalarCount(slice) : 0
                    return (length, wantsVisible && slice.contains { $0 > 0x20 })
                }
                bufferLength += length  // only ever compared with 0
                if linkDepth > 0 {
                    bufferLinkLength += length
                    linkBytes += end - start
                }
                if !sawPlainText, hasVisible {
                    if linkDepth > 0 { leadingLinkLength += length } else { sawPlainText = true }
                }
                node += 1
                continue
            }
            if let reason = removalReason(
                node, counts: counts, paragraphText: paragraphText, pageParagraphText: pageParagraphText, plainText: plainText,
                storyAncestors: storyAncestors, storyArticles: storyArticles, hintCache: &hintCache) {
                if tag.breaksBlock { flush() }
                removed.append((node, reason))
                node = Int(doc.ends[node])
                continue
            }
            if tag.isNeverContent || tag == .head || tag == .title {
                node = Int(doc.ends[node])
                continue
            }
            if breaks(node) {
                if tag == .br, bufferLength > 0 {
                    breakContainer = open.last(where: { doc.tags[$0].breaksBlock }) ?? -1
                }
                flush()
            }
            if tag == .a { linkDepth += 1 }
            if tag == .pre { preDepth += 1 }
            open.append(node)
            node += 1
        }
        while let top = open.popLast() {
            if doc.tags[top].breaksBlock { flush() }
        }
        flush()
        return Result(blocks: blocks, removed: removed)
    }
}
