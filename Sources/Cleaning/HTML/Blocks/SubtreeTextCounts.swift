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
    /// `<a>` elements under each node (itself included).
    var links: [Int32]
    /// Form fields a reader sees (`<input>` other than hidden, `<select>`, `<textarea>`) under each node.
    var formControls: [Int32]

    init(document doc: HTMLDocument) {
        let count = doc.count
        var text = [Int32](repeating: 0, count: count)
        var paragraphText = [Int32](repeating: 0, count: count)
        var linkText = [Int32](repeating: 0, count: count)
        var hasImage = [Bool](repeating: false, count: count)
        var formControls = [Int32](repeating: 0, count: count)
        var links = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        let tags = doc.tags.span, parents = doc.parents.span
        let starts = doc.textStarts.span, ends = doc.textEnds.span
        // Parents come before their children: one pass down for links, one pass up for the sums.
        for node in 0..<count {
            let parent = Int(parents[node])
            inLink[node] = tags[node] == .a || (parent >= 0 && inLink[parent])
        }
        var textSums = text.mutableSpan, paragraphSums = paragraphText.mutableSpan
        var linkSums = linkText.mutableSpan, images = hasImage.mutableSpan, controls = formControls.mutableSpan
        var linkCounts = links.mutableSpan
        let hidden = doc.hidden.span
        for node in (0..<count).reversed() {
            let parent = Int(parents[node])
            let tag = tags[node]
            if tag == .text {
                let length = ends[node] - starts[node]
                textSums[node] = length
                if inLink[node] { linkSums[node] = length }
                if parent >= 0 {
                    let grand = Int(parents[parent])
                    if tags[parent] == .p || (grand >= 0 && tags[grand] == .p) { paragraphSums[node] = length }
                }
            } else if tag == .img || tag == .picture {
                images[node] = true
            } else if tag == .a {
                linkCounts[node] += 1
            } else if (tag == .input || tag == .select || tag == .textarea) && !hidden[node]
                        && doc.attributes[Int32(node)]?["type"] != "hidden" {
                controls[node] += 1
            }
            if parent >= 0 {
                textSums[parent] += textSums[node]
                paragraphSums[parent] += paragraphSums[node]
                linkSums[parent] += linkSums[node]
                if images[node] { images[parent] = true }
                controls[parent] += controls[node]
                linkCounts[parent] += linkCounts[node]
            }
        }
        self.text = text
        self.paragraphText = paragraphText
        self.linkText = linkText
        self.hasImage = hasImage
        self.formControls = formControls
        self.links = links
    }
}
