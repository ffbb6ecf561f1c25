/// Picks the element that holds the article: the subtree whose blocks add up to the most
/// article-like text (long, sentence-like, few links) minus boilerplate-like text (short
/// lines, link lists). Siblings that are themselves article-like are taken along, for
/// pages that split the body over several containers.
struct MainContentSelector {
    let document: HTMLDocument
    let blocks: [TextBlock]

    /// How much one block says "article here" (positive) or "page furniture" (negative).
    static func weight(of block: TextBlock) -> Double {
        let length = Double(block.length)
        let linkDensity = block.linkDensity
        if block.isHeading { return 0 }
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
        var node = doc.count - 1
        while node > 0 {
            let parent = Int(doc.parents[node])
            if parent >= 0 { scores[parent] += scores[node] }
            node -= 1
        }
        var best = -1
        var bestScore = 0.0
        for node in 0..<doc.count where isCandidate(node) {
            var score = scores[node]
            if score <= 0 { continue }
            if let hint = doc.hint(of: node), BoilerplateHints.isArticleBody(hint) { score *= 1.15 }
            if doc.tags[node] == .article { score *= 1.05 }
            if score > bestScore {
                best = node
                bestScore = score
            }
        }
        guard best >= 0 else { return nil }
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
        let tag = document.tags[node]
        switch tag {
        case .text, .a, .span, .p, .li, .h1, .h2, .h3, .h4, .h5, .h6, .small, .time, .label: return false
        default: return true
        }
    }
}
