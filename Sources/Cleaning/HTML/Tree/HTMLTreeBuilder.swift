import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Receives libxml2's SAX events and builds an `HTMLDocument`.
///
/// SAX keeps libxml2 from building its own DOM (which we would only walk and copy), and
/// the depth cap keeps pathological nesting (100,000 levels) from growing our stacks:
/// elements deeper than `maxDepth` are flattened into their deepest kept ancestor.
/// A struct reached through a raw pointer from the C callbacks: no reference counting
/// and no dynamic exclusivity checks on the hot path.
struct HTMLTreeBuilder {
    static let maxDepth = 400

    private(set) var document = HTMLDocument()
    private var openElements: [Int32] = []
    private var droppedDepth = 0
    private var scriptIsJSONLD = false
    private var jsonLDBuffer: [UInt8] = []
    private var titleBuffer: [UInt8] = []
    private var inTitle = false
    private var hintIDs = HintIDTable()
    /// Text runs libxml2 saw only as placeholders; `characters` puts them back.
    private let setAside: SetAsideText
    private var restoreBuffer: [UInt8] = []
    /// The nodes while parsing, one struct each (one append per node instead of seven);
    /// `finish()` splits them into the document's parallel arrays.
    private var nodes: [Node] = []

    private struct Node {
        var tag: HTMLTag
        var hidden = false
        var parent: Int32
        var end: Int32
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        var hintIndex: Int32 = -1
    }

    init(expectedBytes: Int, setAside: SetAsideText = SetAsideText()) {
        self.setAside = setAside
        document.textBytes.reserveCapacity(setAside.isEmpty ? expectedBytes / 3 : expectedBytes / 8)
        nodes.reserveCapacity(max(64, expectedBytes / 40))
    }

    private var currentParent: Int32 { openElements.last ?? -1 }

    private mutating func appendNode(_ tag: HTMLTag) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(Node(tag: tag, parent: currentParent, end: index + 1))
        return index
    }

    mutating func startElement(name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if openElements.count >= Self.maxDepth {
            droppedDepth += 1
            return
        }
        let tag = HTMLTag(cName: name)
        let node = appendNode(tag)
        openElements.append(node)
        if tag == .title { inTitle = true }
        guard let attributes else {
            if tag == .script { scriptIsJSONLD = false }
            return
        }
        let read = ElementAttributes(attributes, of: tag)
        if read.hidden { nodes[Int(node)].hidden = true }
        if let hintHash = read.hintHash {
            // Identical hints share one entry (found by a hash of the raw values, so the
            // common case builds no String) and are classified once.
            let id = hintIDs.id(for: hintHash, next: Int32(document.hints.count))
            nodes[Int(node)].hintIndex = id
            if Int(id) == document.hints.count {
                document.hints.append(ElementAttributes.hintText(attributes))
            }
        }
        if let kept = read.kept {
            document.attributes[node] = kept
        }
        if tag == .script {
            scriptIsJSONLD = (read.kept?["type"]?.lowercased() ?? "").containsBytes("ld+json")
            jsonLDBuffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func endElement() {
        if droppedDepth > 0 {
            droppedDepth -= 1
            return
        }
        guard let node = openElements.popLast() else { return }
        nodes[Int(node)].end = Int32(nodes.count)
        switch nodes[Int(node)].tag {
        case .title:
            inTitle = false
            if document.titleText.isEmpty {
                document.titleText = TextNormalizer.collapseWhitespace(String(decoding: titleBuffer, as: UTF8.self))
            }
        case .script:
            if scriptIsJSONLD, !jsonLDBuffer.isEmpty {
                document.jsonLD.append(String(decoding: jsonLDBuffer, as: UTF8.self))
            }
            scriptIsJSONLD = false
        default:
            break
        }
    }

    mutating func characters(_ pointer: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        let bytes = UnsafeBufferPointer(start: pointer, count: count)
        guard setAside.isEmpty || memchr(pointer, Int32(SetAsideText.marker.0), count) == nil else {
            // Placeholders: the text itself goes into the tree.
            var restored: [UInt8] = []
            swap(&restored, &restoreBuffer)  // reuse its storage without a second reference
            restored.removeAll(keepingCapacity: true)
            setAside.expand(bytes.span, into: &restored)
            restored.withUnsafeBufferPointer { appendText($0) }
            restoreBuffer = restored
            return
        }
        appendText(bytes)
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        if inTitle { titleBuffer.append(contentsOf: bytes) }
        let parent = currentParent
        let last = nodes.count - 1
        if last >= 0, nodes[last].tag == .text, nodes[last].parent == parent,
           Int(nodes[last].textEnd) == document.textBytes.count {
            document.textBytes.append(contentsOf: bytes)
            nodes[last].textEnd = Int32(document.textBytes.count)
            return
        }
        let node = appendNode(.text)
        nodes[Int(node)].textStart = Int32(document.textBytes.count)
        document.textBytes.append(contentsOf: bytes)
        nodes[Int(node)].textEnd = Int32(document.textBytes.count)
    }

    /// Raw contents of `<script>`/`<style>`: only JSON-LD is kept.
    mutating func rawContent(_ pointer: UnsafePointer<UInt8>, count: Int) {
        guard scriptIsJSONLD, count > 0 else { return }
        jsonLDBuffer.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
    }

    /// Closes whatever the parser left open.
    mutating func finish() -> HTMLDocument {
        while let node = openElements.popLast() {
            nodes[Int(node)].end = Int32(nodes.count)
        }
        document.tags = nodes.map(\.tag)
        document.parents = nodes.map(\.parent)
        document.ends = nodes.map(\.end)
        document.textStarts = nodes.map(\.textStart)
        document.textEnds = nodes.map(\.textEnd)
        document.hintIndex = nodes.map(\.hintIndex)
        document.hidden = nodes.map(\.hidden)
        return document
    }
}
