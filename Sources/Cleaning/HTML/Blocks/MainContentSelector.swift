/// Picks the element that holds the article: the subtree whose blocks add up to the most
/// article-like text (long, sentence-like, few links) minus boilerplate-like text (short
/// lines, link lists). Siblings that are themselves article-like are taken along, for
/// pages that split the body over several containers.
struct MainContentSelector {
    let document: HTMLDocument
    var blocks: [TextBlock]
    /// Text per subtree, when the caller has it already (else worked out here).
    var counts: SubtreeTextCounts? = nil

    /// Marks image captions (short text in a small wrapper with an image) and teasers:
    /// blocks opening with a headline link, or sitting in a small unit (a card, a list
    /// item) whose other text is mostly links.
    mutating func markTeasers() {
        let doc = document
        let counts = counts ?? SubtreeTextCounts(document: doc)
        let textBytes = counts.text, linkBytes = counts.linkText, hasImage = counts.hasImage
        let teaserUnits = TeaserUnits(document: doc, blocks: blocks, textBytes: textBytes, linkBytes: linkBytes)
        // A sentence of prose under a heading of its own, in a unit that is not a teaser
        // card, describes that unit (a product feature beside its screenshot); it is not a
        // figure's caption.
        // (Read from the tree: a block's heading kind is not reliable yet.)
        var holdsHeading = [Bool](repeating: false, count: doc.count)
        for node in 0..<doc.count where doc.tags[node].headingLevel != nil && textBytes[node] > 0 {
            var ancestor = Int(doc.parents[node])
            while ancestor >= 0, !holdsHeading[ancestor] {
                holdsHeading[ancestor] = true
                ancestor = Int(doc.parents[ancestor])
            }
        }
        for index in blocks.indices {
            let block = blocks[index]
            var ancestor = block.container
            var inTeaserUnit = false
            while ancestor >= 0 {
                if teaserUnits.contains(ancestor) { inTeaserUnit = true; break }
                ancestor = Int(doc.parents[ancestor])
            }
            // A short text sharing a small wrapper with an image is its caption or credit.
            if !block.isHeading {
                let container = block.container
                let parent = Int(doc.parents[container])
                let unit = (doc.tags[container] == .p || doc.tags[container] == .span) && parent >= 0 ? parent : container
                let describesUnit = !inTeaserUnit && holdsHeading[unit] && Self.isProse(block)
                if hasImage[unit], textBytes[unit] < 300, !describesUnit {
                    blocks[index].kind = .caption
                    continue
                }
            }
            if inTeaserUnit {
                blocks[index].isTeaser = true
                continue
            }
            // (A table row opening with a linked name, then mostly plain text, is a row of
            // data, not a teaser; a row of links, such as an archive toolbar, still is.)
            let isDataRow = Self.isTableRowContainer(doc.tags[block.container]) && block.linkDensity < 0.35
            if !isDataRow, block.leadingLinkLength >= 20, block.length > block.leadingLinkLength + 20,
               !Self.endsSentence(block.text, atScalar: block.leadingLinkLength),
               Self.startsSentence(block.text, afterScalar: block.leadingLinkLength) {
                blocks[index].isTeaser = true
                continue
            }
            let container = block.container
            let tag = doc.tags[container]
            let unit = (tag == .p || tag.headingLevel != nil) ? Int(doc.parents[container]) : container
            // The text of a bare list item has its list as container: the other items are
            // its siblings, not the rest of a card, so links in them say nothing about it.
            guard unit >= 0, !block.isHeading, textBytes[unit] < 1200, textBytes[unit] > 0,
                  tag != .ul, tag != .ol else { continue }
            var outsideLinks = linkBytes[unit] - linkBytes[container]
            if unit == container {
                // Text straight in a card: only when this block is the card's only plain text.
                let plainBytes = textBytes[unit] - linkBytes[unit]
                let ownPlain = Int32(block.text.utf8.count - block.linkBytes)
                guard plainBytes <= ownPlain + ownPlain / 4 + 8 else { continue }
                outsideLinks = linkBytes[unit] - Int32(block.linkBytes)
            }
            if outsideLinks * 5 > textBytes[unit], outsideLinks >= 20, !teaserUnits.proseLeads(unit) { blocks[index].isTeaser = true }
        }
    }

    /// A sentence of plain text: a summary or a feature's description.
    static func isProse(_ block: TextBlock) -> Bool {
        block.length >= 50 && block.linkDensity < 0.2 && block.endsLikeSentence && !block.isHeading
    }

    /// A row's text is flushed when its `<tr>` closes, so its block's container is the table.
    static func isTableRowContainer(_ tag: HTMLTag) -> Bool {
        tag == .table || tag == .tbody || tag == .thead || tag == .tfoot || tag == .tr
    }

    /// Whether the text after the first `count` scalars starts afresh (a capital, a digit,
    /// a quote), as a teaser's summary does after its headline, rather than continuing
    /// the sentence the link is part of (", the streaming platform said").
    static func startsSentence(_ text: String, afterScalar count: Int) -> Bool {
        let scalars = text.unicodeScalars
        guard var index = scalars.index(scalars.startIndex, offsetBy: count, limitedBy: scalars.endIndex) else { return false }
        while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
        guard index < scalars.endIndex else { return false }
        let scalar = scalars[index]
        if scalar == "(" { return !continuesAfterParenthesis(scalars[scalars.index(after: index)...]) }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil || "\"“‘'".unicodeScalars.contains(scalar)
    }

    /// Whether a short parenthesis is followed by a lower-case word: "<a>The bag</a> ($140)
    /// is a good investment" is one sentence, not a headline link and its summary.
    static func continuesAfterParenthesis(_ rest: Substring.UnicodeScalarView) -> Bool {
        guard let close = rest.prefix(40).firstIndex(of: ")") else { return false }
        guard let next = rest[rest.index(after: close)...].first(where: { $0 != " " && $0 != "\u{A0}" }) else { return false }
        return next.properties.isLowercase
    }

    /// Whether the first `count` scalars of `text` end like a sentence (a headline does not).
    static func endsSentence(_ text: String, atScalar count: Int) -> Bool {
        let scalars = text.unicodeScalars
        guard count > 0, let end = scalars.index(scalars.startIndex, offsetBy: count, limitedBy: scalars.endIndex) else { return false }
        var index = scalars.index(before: end)
        while index > scalars.startIndex, scalars[index] == " " { index = scalars.index(before: index) }
        return ".!?\"”’:;…)".unicodeScalars.contains(scalars[index])
    }

    /// How much one block says "article here" (positive) or "page furniture" (negative).
    static func weight(of block: TextBlock) -> Double {
        let length = Double(block.length)
        let linkDensity = block.linkDensity
        if block.isHeading { return 0 }
        if block.isTeaser { return -length * 0.3 }
        if block.kind == .caption { return -length * 0.2 }
        if linkDensity > 0.5 { return -length * 0.75 }
        let plain = length * (1 - linkDensity)
        if block.length >= 80 && (block.endsLikeSentence || block.length >= 150) {
            return block.kind == .paragraph ? plain * 1.2 : plain
        }
        if block.kind == .paragraph && block.endsLikeSentence { return plain * 0.6 }
        if block.length < 30 { return -8 - length * 0.3 }
        return plain * 0.1
    }

    /// Nodes whose blocks make up the article, and the scores they were chosen by.
    func select() -> (roots: [Int], scores: [Double])? {
        let doc = document
        guard doc.count > 0, !blocks.isEmpty else { return nil }
        var scores = [Double](repeating: 0, count: doc.count)
        for block in blocks { scores[block.container] += Self.weight(of: block) }
        // Flat loops over buffer pointers: these walk every node of the page.
        scores.withUnsafeMutableBufferPointer { scores in
            doc.parents.withUnsafeBufferPointer { parents in
                var node = doc.count - 1
                while node > 0 {
                    let parent = Int(parents[node])
                    if parent >= 0 { scores[parent] += scores[node] }
                    node -= 1
                }
            }
        }
        var best = -1
        var bestScore = 0.0
        // Whether each distinct hint names the article body, asked once a page (0 = not yet).
        var articleBodyHint = [UInt8](repeating: 0, count: doc.hints.count)
        let tags = doc.tags, hintIndices = doc.hintIndex
        for node in 0..<doc.count where scores[node] > 0 && Self.isCandidate(tags[node]) {
            var score = scores[node]
            let isArticle = tags[node] == .article
            let hintIndex = Int(hintIndices[node])
            // Even with both bonuses this node cannot beat the best: skip reading its hint.
            // (The same multiplications in the same order, so the bound is exact.)
            var bound = hintIndex >= 0 ? score * 1.15 : score
            if isArticle { bound *= 1.05 }
            if bound <= bestScore { continue }
            if hintIndex >= 0 {
                if articleBodyHint[hintIndex] == 0 {
                    articleBodyHint[hintIndex] = BoilerplateHints.isArticleBody(doc.hints[hintIndex]) ? 1 : 2
                }
                if articleBodyHint[hintIndex] == 1 { score *= 1.15 }
            }
            if isArticle { score *= 1.05 }
            if score > bestScore {
                best = node
                bestScore = score
            }
        }
        if best < 0 {
            // Nothing scores positive overall: fall back to the container of the best block.
            guard let top = blocks.indices.max(by: { Self.weight(of: blocks[$0]) < Self.weight(of: blocks[$1]) }),
                  Self.weight(of: blocks[top]) > 0 || blocks[top].length >= 40
            else { return nil }
            let container = blocks[top].container
            best = isCandidate(container) ? container : max(0, Int(doc.parents[container]))
        }
        var roots = [best]
        let parent = Int(doc.parents[best])
        if parent >= 0 {
            let threshold = max(300, scores[best] * 0.25)
            var child = parent + 1
            var siblings: [Int] = []
            while child < Int(doc.ends[parent]) {
                if child != best, doc.tags[child] != .text, scores[child] >= threshold, isCandidate(child) {
                    siblings.append(child)
                }
                child = Int(doc.ends[child])
            }
            roots = (siblings + [best]).sorted()
        }
        return (roots, scores)
    }

    private func isCandidate(_ node: Int) -> Bool {
        Self.isCandidate(document.tags[node])
    }

    private static func isCandidate(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .text, .a, .span, .p, .li, .h1, .h2, .h3, .h4, .h5, .h6, .small, .time, .label: return false
        default: return true
        }
    }
}
