/// A compact, array-backed HTML tree built from libxml2's SAX events.
///
/// Nodes are stored in document (pre-)order, so an element's subtree is the contiguous
/// index range `i..<end[i]` and every parent index is smaller than its children's.
/// That lets every pass run as a flat loop: no recursion, whatever the nesting depth.
package struct HTMLDocument: Sendable {
    var tags: [HTMLTag] = []
    var parents: [Int32] = []
    /// One past the last node of each node's subtree.
    var ends: [Int32] = []
    /// For text nodes: the UTF-8 byte range of their text in `textBytes`.
    var textStarts: [Int32] = []
    var textEnds: [Int32] = []
    /// Lower-cased `class`, `id`, `role` and `itemprop` of each element, or -1 (index into `hints`).
    var hintIndex: [Int32] = []
    var hints: [String] = []
    /// Elements marked `hidden`, `aria-hidden="true"` or `display:none`.
    var hidden: [Bool] = []
    /// Full attributes, kept only for the elements metadata is read from.
    var attributes: [Int32: [String: String]] = [:]
    var textBytes: [UInt8] = []
    /// Contents of `<script type="application/ld+json">` blocks.
    var jsonLD: [String] = []
    /// The `<title>` text.
    var titleText: String = ""

    package var count: Int { tags.count }

    func hint(of node: Int) -> String? {
        let index = hintIndex[node]
        return index < 0 ? nil : hints[Int(index)]
    }

    func attribute(_ name: String, of node: Int) -> String? {
        attributes[Int32(node)]?[name]
    }

    /// All text under `node`, whitespace collapsed; at most about `limit` UTF-8 bytes
    /// are gathered (the audit trail only shows the start of a removed block).
    func textContent(of node: Int, limit: Int = Int.max) -> String {
        let bytes = gatheredText(of: node, limit: limit)
        return bytes.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) }
    }

    /// The raw bytes `textContent` collapses: each text node under `node` and a space, until
    /// `limit` bytes are reached, cut back to `limit` on a UTF-8 sequence boundary.
    func gatheredText(of node: Int, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var i = node
        let end = Int(ends[node])
        // Copied from a buffer pointer: appending array slices retained and released the storage each time.
        textBytes.withUnsafeBufferPointer { all in
            while i < end, bytes.count < limit {
                if tags[i] == .text {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: all[Int(textStarts[i])..<Int(textEnds[i])]))
                    bytes.append(0x20)
                }
                i += 1
            }
        }
        if bytes.count > limit {
            var cut = limit
            while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a UTF-8 sequence
            bytes.removeSubrange(cut...)
        }
        return bytes
    }

    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        ancestor <= node && node < Int(ends[ancestor])
    }
}
