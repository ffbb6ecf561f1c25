/// Lists of cards: three or more sibling elements, each small and each holding a
/// headline link (a short block that is mostly link text). Article paragraphs with
/// inline links do not qualify: their link density is low.
///
/// Worked out in one pass from the last node to the first (a node's descendants come after
/// it, so its headline mark is final when it is reached); whether a node is a unit is then
/// answered from its parent's child counts, only for the nodes `markTeasers` asks about.
struct TeaserUnits {
    private var candidate: [Bool]
    private var candidateChildren: [Int32]
    private var elementChildren: [Int32]
    private let parents: [Int32]

    init(document doc: HTMLDocument, blocks: [TextBlock], textBytes: [Int32]) {
        let count = doc.count
        parents = doc.parents
        var hasHeadline = [Bool](repeating: false, count: count)
        var candidate = [Bool](repeating: false, count: count)
        var candidateChildren = [Int32](repeating: 0, count: count)
        var elementChildren = [Int32](repeating: 0, count: count)
        // A short block of links (a headline, a row of share links) among the kept blocks...
        for block in blocks where block.length >= 15 && block.linkDensity > 0.6 {
            var node = block.container
            while node >= 0, !hasHeadline[node] {
                hasHeadline[node] = true
                node = Int(doc.parents[node])
            }
        }
        doc.tags.withUnsafeBufferPointer { tags in
            doc.parents.withUnsafeBufferPointer { parents in
                textBytes.withUnsafeBufferPointer { textBytes in
                    hasHeadline.withUnsafeMutableBufferPointer { hasHeadline in
                        candidate.withUnsafeMutableBufferPointer { candidate in
                            candidateChildren.withUnsafeMutableBufferPointer { candidateChildren in
                                elementChildren.withUnsafeMutableBufferPointer { elementChildren in
                                    var node = count - 1
                                    while node >= 0 {
                                        defer { node -= 1 }
                                        let tag = tags[node]
                                        if tag == .text { continue }
                                        let parent = Int(parents[node])
                                        // ...or a headline link: at least 15 bytes and most of its parent's text
                                        // (`<h3><a>...</a></h3>`), unlike a link inside a sentence. Read from the
                                        // whole document, removed parts included.
                                        if tag == .a, textBytes[node] >= 15, parent >= 0, textBytes[node] * 10 >= textBytes[parent] * 6 {
                                            var marked = node
                                            while marked >= 0, !hasHeadline[marked] {
                                                hasHeadline[marked] = true
                                                marked = Int(parents[marked])
                                            }
                                        }
                                        guard parent >= 0 else { continue }
                                        elementChildren[parent] += 1
                                        if hasHeadline[node], textBytes[node] < 1000 {
                                            candidate[node] = true
                                            candidateChildren[parent] += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.candidate = candidate
        self.candidateChildren = candidateChildren
        self.elementChildren = elementChildren
    }

    /// Whether `node` is one card of such a list.
    func contains(_ node: Int) -> Bool {
        guard candidate[node] else { return false }
        let parent = Int(parents[node])
        return candidateChildren[parent] >= 3 && candidateChildren[parent] * 2 >= elementChildren[parent]
    }
}
