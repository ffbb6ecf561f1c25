/// Tracks whether the pre-filter is inside an explicit `<head>`, where `<meta>` elements
/// metadata never reads and non-canonical `<link>` elements can be dropped whole: nothing
/// reads the head's element count, and libxml2 gives them no structure.
///
/// The zone opens only at a `<head>` that is the first element (after `<html>`), and closes
/// at anything libxml2 could take as the start of the body: another element, `</head>` or
/// any other end tag but `</title>`, or visible text outside the title. After that nothing
/// is dropped, so a `<meta>` in the body keeps its place among its siblings.
struct HeadZone {
    private enum State { case beforeHead, inside, over }
    private var state: State
    private var inTitle = false

    init(enabled: Bool = true) {
        state = enabled ? .beforeHead : .over
    }

    /// Whether to drop the start tag `s[start..<tagEnd]` (name `s[start + 1..<nameEnd]`).
    mutating func dropsStartTag(_ s: Span<UInt8>, start: Int, nameEnd: Int, tagEnd: Int) -> Bool {
        let nameStart = start + 1
        switch state {
        case .over:
            return false
        case .beforeHead:
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "head") { state = .inside }
            else if !HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "html") { state = .over }
            return false
        case .inside:
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "meta") {
                return !Self.metaMayBeRead(s, from: nameEnd, to: tagEnd - 1)
            }
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "link") {
                return HTMLPrefilter.isPlainLink(s, nameStart, nameEnd, tagEnd)
            }
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "title") {
                inTitle = true
            } else if !HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "base") {
                state = .over
            }
            return false
        }
    }

    /// A `<script>` kept for its JSON-LD, or a dropped raw-text element: stays in the head.
    mutating func rawTextElement() {
        if state == .beforeHead { state = .over }
    }

    mutating func endTag(_ s: Span<UInt8>, nameStart: Int, tagEnd: Int) {
        guard state == .inside else { return }
        var nameEnd = nameStart
        while nameEnd < tagEnd, HTMLPrefilter.isNameByte(s[nameEnd]) { nameEnd += 1 }
        if inTitle, HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "title") {
            inTitle = false
        } else {
            state = .over
        }
    }

    /// Text written while inside: visible text outside the title ends the head for libxml2.
    mutating func text(_ s: Span<UInt8>, from: Int, to: Int) {
        guard state == .inside, !inTitle else { return }
        for k in from..<to where !HTMLPrefilter.isSpace(s[k]) {
            state = .over
            return
        }
    }

    /// Anything else (a stray `<`, a bogus end tag) ends the zone.
    mutating func other() {
        if state != .over { state = .over }
    }

    /// Whether metadata could read this `<meta>` (attributes `s[from..<to]`): it has an
    /// `itemprop`, or its key (`property`, else `name`, else `http-equiv`, as `PageMetadata`
    /// picks it) is in `MetaKeys.all`, or anything is unusual (an entity, non-ASCII, odd syntax).
    static func metaMayBeRead(_ page: Span<UInt8>, from: Int, to: Int) -> Bool {
        let s = page.extracting(0..<to)  // ends at the `>`, so `i < to` is also the bounds check
        let to = s.count
        var property: Range<Int>?, name: Range<Int>?, httpEquiv: Range<Int>?
        var i = from
        while i < to {
            let c = s[i]
            if HTMLPrefilter.isSpace(c) || c == 0x2F { i += 1; continue }
            let nameStart = i
            while i < to, !HTMLPrefilter.isSpace(s[i]), s[i] != 0x3D, s[i] != 0x3E, s[i] != 0x2F { i += 1 }
            let nameEnd = i
            if nameEnd == nameStart { return true }
            var j = i
            while j < to, HTMLPrefilter.isSpace(s[j]) { j += 1 }
            var value: Range<Int>? = nil
            if j < to, s[j] == 0x3D {
                j += 1
                while j < to, HTMLPrefilter.isSpace(s[j]) { j += 1 }
                if j < to, s[j] == 0x22 || s[j] == 0x27 {
                    let quote = s[j]
                    var k = j + 1
                    while k < to, s[k] != quote { k += 1 }
                    guard k < to else { return true }
                    value = (j + 1)..<k
                    j = k + 1
                } else {
                    let valueStart = j
                    while j < to, !HTMLPrefilter.isSpace(s[j]) { j += 1 }
                    value = valueStart..<j
                }
                i = j
            }
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "itemprop") { return true }
            if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "property") {
                if property == nil { property = value ?? i..<i }
            } else if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "name") {
                if name == nil { name = value ?? i..<i }
            } else if HTMLPrefilter.equalsIgnoringCase(s, nameStart, nameEnd, "http-equiv") {
                if httpEquiv == nil { httpEquiv = value ?? i..<i }
            }
        }
        guard let key = property ?? name ?? httpEquiv else { return false }
        var lowered: [UInt8] = []
        lowered.reserveCapacity(key.count)
        for k in key {
            let c = s[k]
            if c >= 0x80 || c == 0x26 { return true }
            lowered.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        return MetaKeys.all.contains(String(decoding: lowered, as: UTF8.self))
    }
}
