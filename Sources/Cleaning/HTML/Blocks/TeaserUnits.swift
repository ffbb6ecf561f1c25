/// Lists of cards: three or more sibling elements of one tag, each small and each holding
/// a headline link (a short block that is mostly link text). Article paragraphs with
/// inline links do not qualify: their link density is low. Cards repeat one element; the
/// columns of a page with a short story (a `div` of article, an `aside`, a `div` of
/// links) are small too and each has a link, but they are not alike.
///
/// Worked out in one pass from the last node to the first (a node's descendants come after
/// it, so its headline mark is final when it is reached); whether a node is a unit is then
/// answered from its parent's child counts, only for the nodes `markTeasers` asks about.
struct TeaserUnits {
    private var candidate: [Bool]
    private var candidateChildren: [Int32]
    /// Candidate children per parent and tag (key: parent index << 8 | tag).
    private var candidatesByTag: [Int: Int32]
    private var elementChildren: [Int32]
    private let parents: [Int32]
    private let tags: [HTMLTag]
    private let firstLink: [Int32]
    private let firstProseEnd: [Int32]

    init(document doc: HTMLDocument, blocks: [TextBlock], textBytes: [Int32], linkBytes: [Int32]) {
        let count = doc.count
        parents = doc.parents
        tags = doc.tags
        var hasHeadline = [Bool](repeating: false, count: count)
        var candidate = [Bool](repeating: false, count: count)
        var candidateChildren = [Int32](repeating: 0, count: count)
        var elementChildren = [Int32](repeating: 0, count: count)
        var candidatesByTag: [Int: Int32] = [:]
        // A short block of links (a headline, a row of share links) among the kept blocks...
        for block in blocks where block.length >= 15 && block.linkDensity > 0.6 {
            var node = block.container
            while node >= 0, !hasHeadline[node] {
                hasHeadline[node] = true
                node = Int(doc.parents[node])
            }
        }
        // Where each node's first link with any text starts and where its first paragraph of
        // prose ends (node indices run in document order). A unit whose prose comes before
        // its links ("<h2>WebIDE</h2><p>Develop, deploy…</p><a>Learn more</a>") is a feature
        // box with a call to action, not a card whose headline links elsewhere.
        var firstLink = [Int32](repeating: .max, count: count)
        var firstProseEnd = [Int32](repeating: .max, count: count)
        let tags = doc.tags.span, parents = doc.parents.span, textSizes = textBytes.span
        let linkSizes = linkBytes.span, ends = doc.ends.span
        var headlines = hasHeadline.mutableSpan, candidates = candidate.mutableSpan
        var candidateCounts = candidateChildren.mutableSpan, elementCounts = elementChildren.mutableSpan
        for node in (0..<count).reversed() {
            let tag = tags[node]
            if tag == .text { continue }
            let parent = Int(parents[node])
            if tag == .a, textSizes[node] > 0, Self.holdsVisibleText(node, in: doc) {
                firstLink[node] = min(firstLink[node], Int32(node))
            }
            if tag == .p, textSizes[node] >= 50, linkSizes[node] * 5 < textSizes[node] {
                firstProseEnd[node] = min(firstProseEnd[node], ends[node])
            }
            if parent >= 0 {
                firstLink[parent] = min(firstLink[parent], firstLink[node])
                firstProseEnd[parent] = min(firstProseEnd[parent], firstProseEnd[node])
            }
            // ...or a headline link: at least 15 bytes and most of its parent's text
            // (`<h3><a>...</a></h3>`), unlike a link inside a sentence. Read from the
            // whole document, removed parts included.
            if tag == .a, textSizes[node] >= 15, parent >= 0, textSizes[node] * 10 >= textSizes[parent] * 6 {
                var marked = node
                while marked >= 0, !headlines[marked] {
                    headlines[marked] = true
                    marked = Int(parents[marked])
                }
            }
            guard parent >= 0 else { continue }
            elementCounts[parent] += 1
            if headlines[node], textSizes[node] < 1000, tag != .tr, firstProseEnd[node] > firstLink[node] {
                candidates[node] = true
                candidateCounts[parent] += 1
                candidatesByTag[parent << 8 | Int(tag.rawValue), default: 0] += 1
            }
        }
        self.candidate = candidate
        self.candidateChildren = candidateChildren
        self.elementChildren = elementChildren
        self.candidatesByTag = candidatesByTag
        self.firstLink = firstLink
        self.firstProseEnd = firstProseEnd
    }

    /// Whether a text node under `node` has more than white space (an image link has only
    /// the line breaks around its `<img>`). Links are small, so their subtree is read.
    static func holdsVisibleText(_ node: Int, in doc: HTMLDocument) -> Bool {
        for child in (node + 1)..<Int(doc.ends[node]) where doc.tags[child] == .text {
            for index in Int(doc.textStarts[child])..<Int(doc.textEnds[child]) {
                let byte = doc.textBytes[index]
                if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { return true }
            }
        }
        return false
    }

    /// Whether a paragraph of prose in `node` comes before any link with text: its links
    /// are a call to action after the text, not a headline leading elsewhere.
    func proseLeads(_ node: Int) -> Bool {
        firstProseEnd[node] <= firstLink[node]
    }

    /// Whether `node` is one card of such a list.
    func contains(_ node: Int) -> Bool {
        guard candidate[node] else { return false }
        let parent = Int(parents[node])
        return candidateChildren[parent] * 2 >= elementChildren[parent]
            && candidatesByTag[parent << 8 | Int(tags[node].rawValue), default: 0] >= 3
    }
}
