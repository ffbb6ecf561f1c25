/// How much text sits under each node, worked out once a page for the segmenter (all text,
/// paragraph text) and the selector (all text, link text, images): both used to walk the
/// whole tree for their own sums.
package struct SubtreeTextCounts: Sendable {
    /// UTF-8 bytes of text under each node.
    var text: [Int32]
    /// ...of it in a `<p>` (text whose parent or grandparent is a `<p>`).
    var paragraphText: [Int32]
    /// ...of it inside a link (an `<a>` at or above the text).
    var linkText: [Int32]
    /// Whether the subtree holds an `<img>` or `<picture>`.
    var hasImage: [Bool]

    init(document doc: HTMLDocument) {
        let count = doc.count
        var text = [Int32](repeating: 0, count: count)
        var paragraphText = [Int32](repeating: 0, count: count)
        var linkText = [Int32](repeating: 0, count: count)
        var hasImage = [Bool](repeating: false, count: count)
        var inLink = [Bool](repeating: false, count: count)
        doc.tags.withUnsafeBufferPointer { tags in
            doc.parents.withUnsafeBufferPointer { parents in
                // Parents come before their children: one pass down for links, one pass up for the sums.
                inLink.withUnsafeMutableBufferPointer { inLink in
                    for node in 0..<count {
                        let parent = Int(parents[node])
                        inLink[node] = tags[node] == .a || (parent >= 0 && inLink[parent])
                    }
                }
                doc.textStarts.withUnsafeBufferPointer { starts in
                    doc.textEnds.withUnsafeBufferPointer { ends in
                        inLink.withUnsafeBufferPointer { inLink in
                            text.withUnsafeMutableBufferPointer { text in
                                paragraphText.withUnsafeMutableBufferPointer { paragraphText in
                                    linkText.withUnsafeMutableBufferPointer { linkText in
                                        hasImage.withUnsafeMutableBufferPointer { hasImage in
                                            var node = count - 1
                                            while node >= 0 {
                                                let parent = Int(parents[node])
                                                let tag = tags[node]
                                                if tag == .text {
                                                    let length = ends[node] - starts[node]
                                                    text[node] = length
                                                    if inLink[node] { linkText[node] = length }
                                                    if parent >= 0 {
                                                        let grand = Int(parents[parent])
                                                        if tags[parent] == .p || (grand >= 0 && tags[grand] == .p) { paragraphText[node] = length }
                                                    }
                                                } else if tag == .img || tag == .picture {
                                                    hasImage[node] = true
                                                }
                                                if parent >= 0 {
                                                    text[parent] += text[node]
                                                    paragraphText[parent] += paragraphText[node]
                                                    linkText[parent] += linkText[node]
                                                    if hasImage[node] { hasImage[parent] = true }
                                                }
                                                node -= 1
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.text = text
        self.paragraphText = paragraphText
        self.linkText = linkText
        self.hasImage = hasImage
    }
}
