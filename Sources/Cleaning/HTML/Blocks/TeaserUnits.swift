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

    init(document doc: HTMLDocument, blocks: [TextBlock], textBytes: [Int32]) {
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
        let tags = doc.tags.span, parents = doc.parents.span, textSizes = textBytes.span
        var headlines = hasHeadline.mutableSpan, candidates = candidate.mutableSpan
        var candidateCounts = candidateChildren.mutableSpan, elementCounts = elementChildren.mutableSpan
        for node in (0..<count).reversed() {
            let tag = tags[node]
            if tag == .text { continue }
            let parent = Int(parents[node])
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
            if headlines[node], textSizes[node] < 1000, tag != .tr {
                candidates[node] = true
                candidateCounts[parent] += 1
                candidatesByTag[parent << 8 | Int(tag.rawValue), default: 0] += 1
            }
        }
        self.candidate = candidate
        self.candidateChildren = candidateChildren
        self.elementChildren = elementChildren
        self.candidatesByTag = candidatesByTag
    }

    /// Whether `node` is one card of such a list.
    func contains(_ node: Int) -> Bool {
        guard candidate[node] else { return false }
        let parent = Int(parents[node])
        return candidateChildren[parent] * 2 >= elementChildren[parent]
            && candidatesByTag[parent << 8 | Int(tags[node].rawValue), default: 0] >= 3
    }
}
