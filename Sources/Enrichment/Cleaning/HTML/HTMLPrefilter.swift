#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linear byte pass run before libxml2 that drops content no extractor reads:
/// comments and the bodies of `<script>` (except JSON-LD), `<style>`, `<svg>`, `<noscript>`
/// and `<template>`. On news pages that is about half of the bytes, so the HTML
/// parser, which is the dominant cost, has half the work. Tags are scanned with their
/// quoted attribute values, so a `<script` inside an attribute is not mistaken for a tag.
///
/// It also drops what the cleaner never reads from the rest: unread attributes (see
/// `copyTag`), unread `<meta>` and `<link>` elements of the head (`HeadZone`), and it can
/// set plain text runs aside so libxml2 reads a short placeholder instead (`SetAsideText`).
///
/// Everything works on raw pointers into the page's UTF-8 and writes into a `ByteSink`;
/// element and attribute names are recognised by their length first, so most names cost
/// one integer compare.
enum HTMLPrefilter {
    /// The markup for libxml2 and the text runs set aside from it (see `SetAsideText`).
    struct Page {
        var markup: [UInt8]
        var setAside: SetAsideText
    }

    /// The pre-filtered markup with all text left in place.
    static func strip(_ html: String) -> [UInt8] {
        strip(html, settingTextAside: false).markup
    }

    /// `droppingUnreadHead: false` keeps every head element (the tests compare both ways).
    static func strip(_ html: String, settingTextAside: Bool, droppingUnreadHead: Bool = true) -> Page {
        var html = html
        return html.withUTF8 { source in
            guard let base = source.baseAddress, source.count > 0 else { return Page(markup: [], setAside: SetAsideText()) }
            let count = source.count
            // Kept tags can grow by one byte per attribute (a space where the page had none): rare, and the sink grows.
            var out = ByteSink(capacity: count + count / 16 + 64)
            defer { out.deallocate() }
            var hints = HintValueCompactor()
            var runs = TextRuns(enabled: settingTextAside && !SetAsideText.containsMarker(source))
            var head = HeadZone(enabled: droppingUnreadHead)
            var i = 0
            while i < count {
                guard let found = memchr(base + i, 0x3C, count - i) else {
                    head.text(base, from: i, to: count)
                    out.appendCollapsingSpaces(base + i, count: count - i)
                    break
                }
                let lt = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if lt > i {
                    head.text(base, from: i, to: lt)
                    out.appendCollapsingSpaces(base + i, count: lt - i)
                }
                i = lt
                if matches(base, count, at: i + 1, "!--") {
                    i = find(base, count, "-->", from: i + 4).map { $0 + 3 } ?? count
                    continue
                }
                if let tagEnd = endTagEnd(base, count, at: i) {
                    head.endTag(base, nameStart: i + 2, tagEnd: tagEnd)
                    runs.close(&out)
                    out.append(base + i, count: tagEnd - i)  // spaces inside are skipped by libxml2 as they are
                    runs.open(at: out.count)
                    i = tagEnd
                    continue
                }
                guard i + 1 < count, isLetter(base[i + 1]) else {
                    head.other()
                    out.append(0x3C)
                    i += 1
                    continue
                }
                var nameEnd = i + 1
                while nameEnd < count, isNameByte(base[nameEnd]) { nameEnd += 1 }
                let tagEnd = endOfTag(base, count, from: nameEnd)
                guard let raw = rawTextElement(base, i + 1, nameEnd) else {
                    if tagEnd < count, head.dropsStartTag(base, start: i, nameEnd: nameEnd, tagEnd: tagEnd) {
                        i = tagEnd
                        continue
                    }
                    runs.close(&out)
                    if tagEnd < count, !keepsAllAttributes(base, i + 1, nameEnd) || isPlainLink(base, i + 1, nameEnd, tagEnd) {
                        copyTag(base, start: i, nameEnd: nameEnd, tagEnd: tagEnd, into: &out, hints: &hints)
                    } else {
                        out.append(base + i, count: tagEnd - i)
                    }
                    runs.open(at: out.count)
                    i = tagEnd
                    continue
                }
                head.rawTextElement()
                let close = findClosingTag(base, count, raw, from: tagEnd)
                let keep = raw.utf8CodeUnitCount == 6 && containsIgnoringCase(base, from: nameEnd, to: tagEnd, "ld+json")
                if keep {
                    runs.close(&out)
                    out.append(base + i, count: close - i)
                    runs.open(at: out.count)
                }
                i = close
            }
            runs.close(&out)
            return Page(markup: out.makeArray(), setAside: runs.setAside)
        }
    }

    /// The text between two tags in the output, set aside when libxml2 would pass it
    /// through unchanged (see `SetAsideText`).
    private struct TextRuns {
        let enabled: Bool
        var start = 0
        var setAside = SetAsideText()
        /// Text before the first tag stays: libxml2 skips the blanks that open a document.
        var afterFirstTag = false

        /// Ends the run before a tag is written.
        mutating func close(_ out: inout ByteSink) {
            let length = out.count - start
            guard enabled, afterFirstTag, length >= SetAsideText.minimumRunLength else { return }
            let run = UnsafeBufferPointer(start: out.base + start, count: length)
            guard SetAsideText.passesThroughUnchanged(run), setAside.keep(run) else { return }
            out.truncate(to: start)
            setAside.writePlaceholder(forRunAt: setAside.runs.count - 1, into: &out)
        }

        /// Starts a run after a tag was written.
        mutating func open(at offset: Int) {
            start = offset
            afterFirstTag = true
        }
    }

    /// Index just past an end tag `</name ...>` at `lt` as libxml2 reads one (to the first
    /// `>`), or nil when there is none or it holds a `<` (then the bytes go on as text,
    /// as they always did).
    private static func endTagEnd(_ s: UnsafePointer<UInt8>, _ count: Int, at lt: Int) -> Int? {
        guard lt + 2 < count, s[lt + 1] == 0x2F, isLetter(s[lt + 2]) else { return nil }
        var i = lt + 3
        while i < count {  // end tags are short: a plain loop beats two memchr calls
            let c = s[i]
            if c == 0x3E { return i + 1 }
            if c == 0x3C { return nil }
            i += 1
        }
        return nil
    }

    /// `script`, `style`, `svg`, `noscript` or `template` (the elements whose bodies are
    /// dropped), compared case-insensitively; nil for any other name.
    private static func rawTextElement(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> StaticString? {
        switch end - start {
        case 6: return equalsIgnoringCase(s, start, end, "script") ? "script" : nil
        case 5: return equalsIgnoringCase(s, start, end, "style") ? "style" : nil
        case 3: return equalsIgnoringCase(s, start, end, "svg") ? "svg" : nil
        case 8:
            if equalsIgnoringCase(s, start, end, "noscript") { return "noscript" }
            return equalsIgnoringCase(s, start, end, "template") ? "template" : nil
        default: return nil
        }
    }

    /// Elements whose every attribute may be metadata (`<meta property=... content=...>`):
    /// `meta`, `link`, `html`, `time` and `base`.
    private static func keepsAllAttributes(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 4 else { return false }
        return equalsIgnoringCase(s, start, end, "meta") || equalsIgnoringCase(s, start, end, "link")
            || equalsIgnoringCase(s, start, end, "html") || equalsIgnoringCase(s, start, end, "time")
            || equalsIgnoringCase(s, start, end, "base")
    }

    /// A `<link>` that cannot be the canonical one (no "canonical" and no entity in the tag):
    /// metadata reads only `rel`/`href` of canonical links, so the others (stylesheets,
    /// preloads, icons, with long URLs) keep just the attributes every element keeps.
    static func isPlainLink(_ s: UnsafePointer<UInt8>, _ nameStart: Int, _ nameEnd: Int, _ tagEnd: Int) -> Bool {
        guard equalsIgnoringCase(s, nameStart, nameEnd, "link") else { return false }
        guard memchr(s + nameEnd, 0x26, tagEnd - nameEnd) == nil else { return false }  // '&'
        return !containsIgnoringCase(s, from: nameEnd, to: tagEnd, "canonical")
    }

    /// What `copyTag` does with an attribute. `hint` carries the bit `copyTag` uses to
    /// notice a repeated `class`, `id` or `role`.
    private enum AttributeKind { case dropped, kept, style, rel, itemprop, hint(UInt8) }

    /// The only attributes the cleaner reads on other elements (class, id, role, itemprop,
    /// hidden, aria-hidden, style, rel, content, datetime); the rest (href, src, srcset,
    /// data-*) is often most of a tag's bytes.
    private static func attributeKind(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> AttributeKind {
        let kept: Bool
        switch end - start {
        case 2: return equalsIgnoringCase(s, start, end, "id") ? .hint(2) : .dropped
        case 3: return equalsIgnoringCase(s, start, end, "rel") ? .rel : .dropped
        case 4: return equalsIgnoringCase(s, start, end, "role") ? .hint(4) : .dropped
        case 5:
            if equalsIgnoringCase(s, start, end, "style") { return .style }
            return equalsIgnoringCase(s, start, end, "class") ? .hint(1) : .dropped
        case 6: kept = equalsIgnoringCase(s, start, end, "hidden")
        case 7: kept = equalsIgnoringCase(s, start, end, "content")
        case 8:
            if equalsIgnoringCase(s, start, end, "itemprop") { return .itemprop }
            kept = equalsIgnoringCase(s, start, end, "datetime")
        case 11: kept = equalsIgnoringCase(s, start, end, "aria-hidden")
        default: kept = false
        }
        return kept ? .kept : .dropped
    }

    /// Copies `<name ...>` keeping only the attributes `attributeKind` keeps (and `style`
    /// only when it can hide the element, `rel` only on a link that may name its author).
    ///
    /// A `class`, `id` or `role` whose value compacts to the inert `x` alone is dropped too
    /// (it is about half of all attributes), because an element's hint is only ever read as
    /// tokens, and inert tokens change no answer except by standing between two others: such
    /// an attribute is held back and written only if a later hint attribute follows an
    /// earlier one. libxml2 keeps only the first of a repeated attribute, so repeats of
    /// `class`, `id` or `role` are dropped here, else a dropped first one would let a second
    /// one through.
    private static func copyTag(
        _ s: UnsafePointer<UInt8>, start: Int, nameEnd: Int, tagEnd: Int, into out: inout ByteSink, hints: inout HintValueCompactor
    ) {
        out.append(s + start, count: nameEnd - start)
        let end = tagEnd - 1  // the '>'
        let isLink = nameEnd - start == 2 && s[start + 1] | 0x20 == 0x61  // <a>
        var seenHints: UInt8 = 0
        var wroteHint = false
        var owedInertName: Range<Int>?  // a held-back all-inert hint attribute
        /// Writes the held-back inert attribute before the one just written from `mark`.
        func payOwedInert(before mark: Int) {
            guard let name = owedInertName else { return }
            owedInertName = nil
            let written = [UInt8](UnsafeBufferPointer(start: out.base + mark, count: out.count - mark))
            out.truncate(to: mark)
            out.append(0x20)
            out.append(s + name.lowerBound, count: name.count)
            out.append(0x3D); out.append(0x22); out.append(0x78); out.append(0x22)  // ="x"
            written.withUnsafeBufferPointer { if let base = $0.baseAddress { out.append(base, count: $0.count) } }
        }
        var i = nameEnd
        var selfClosing = false
        while i < end {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if c == 0x2F { selfClosing = true; i += 1; continue }
            selfClosing = false
            let attributeStart = i
            while i < end, !isSpace(s[i]), s[i] != 0x3D, s[i] != 0x3E, s[i] != 0x2F { i += 1 }
            let attributeNameEnd = i
            if attributeNameEnd == attributeStart { i += 1; continue }
            var j = i
            while j < end, isSpace(s[j]) { j += 1 }
            var valueStart = -1, valueEnd = -1
            if j < end, s[j] == 0x3D {
                j += 1
                while j < end, isSpace(s[j]) { j += 1 }
                if j < end, s[j] == 0x22 || s[j] == 0x27 {
                    let quote = s[j]
                    valueStart = j + 1
                    j += 1
                    // Values (URLs, srcset, data-*) are most of a tag's bytes: memchr to the closing quote.
                    if j < end, let found = memchr(s + j, Int32(quote), end - j) {
                        j = s.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    } else {
                        j = end
                    }
                    valueEnd = j
                    j = min(j + 1, end)
                } else {
                    valueStart = j
                    while j < end, !isSpace(s[j]) { j += 1 }
                    valueEnd = j
                }
                i = j
            }
            let mark = out.count
            switch attributeKind(s, attributeStart, attributeNameEnd) {
            case .dropped:
                continue
            case .style:
                if valueStart >= 0, !containsIgnoringCase(s, from: valueStart, to: valueEnd, "none"),
                   !containsIgnoringCase(s, from: valueStart, to: valueEnd, "hidden") {
                    continue
                }
            case .rel:
                // Read only on <a> as "author" (an entity may spell it, so those stay too).
                guard isLink, valueStart >= 0, containsIgnoringCase(s, from: valueStart, to: valueEnd, "author")
                    || memchr(s + valueStart, 0x26, valueEnd - valueStart) != nil
                else { continue }
            case .kept:
                break
            case .itemprop:
                // Part of the hint (`itemprop-NAME`), so it ends any held-back inert attribute's wait.
                out.append(0x20)
                out.append(s + attributeStart, count: i - attributeStart)
                payOwedInert(before: mark)
                wroteHint = true
                continue
            case .hint(let bit):
                if seenHints & bit != 0 { continue }
                seenHints |= bit
                // A quoted value is compacted (see `HintValueCompactor`); others are kept as written.
                if valueStart > attributeNameEnd, valueStart > 0, valueEnd < end, s[valueStart - 1] == s[valueEnd],
                   s[valueEnd] == 0x22 || s[valueEnd] == 0x27 {
                    out.append(0x20)
                    out.append(s + attributeStart, count: attributeNameEnd - attributeStart)
                    out.append(0x3D)
                    out.append(s[valueEnd])
                    let valueMark = out.count
                    hints.append(s, from: valueStart, to: valueEnd, into: &out)
                    if out.count == valueMark + 1, out.base[valueMark] == 0x78 {  // only inert tokens: "x"
                        out.truncate(to: mark)
                        if wroteHint, owedInertName == nil { owedInertName = attributeStart..<attributeNameEnd }
                        continue
                    }
                    out.append(s[valueEnd])
                } else {
                    out.append(0x20)
                    out.append(s + attributeStart, count: i - attributeStart)
                }
                payOwedInert(before: mark)
                wroteHint = true
                continue
            }
            out.append(0x20)
            out.append(s + attributeStart, count: i - attributeStart)
        }
        if selfClosing { out.append(0x2F) }
        out.append(0x3E)
    }

    /// HTML whitespace: space, tab, LF, FF, CR.
    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool {
        c <= 0x20 && (UInt64(1) << UInt64(c)) & 0x1_0000_3600 != 0
    }

    /// Index just past the `>` closing the tag whose attributes start at `from`.
    static func endOfTag(_ s: UnsafePointer<UInt8>, _ count: Int, from: Int) -> Int {
        var i = from
        while i < count {
            // Eight bytes at a time up to the next `>`, `"` or `'` (attribute names, unquoted values).
            while i + 8 <= count {
                let word = UnsafeRawPointer(s + i).loadUnaligned(as: UInt64.self)
                let found = bytes(in: word, equalTo: 0x3E) | bytes(in: word, equalTo: 0x22) | bytes(in: word, equalTo: 0x27)
                if found != 0 { i += found.trailingZeroBitCount / 8; break }
                i += 8
            }
            guard i < count else { break }
            let c = s[i]
            if c == 0x3E { return i + 1 }
            if c == 0x22 || c == 0x27 {
                // Quotes only open a value right after `=` (possibly after spaces). Inside
                // one (URLs, srcset, data-*: most of a tag's bytes) only the closing quote
                // matters: memchr jumps to it.
                var j = i - 1
                while j > from, s[j] == 0x20 { j -= 1 }
                if j >= from, s[j] == 0x3D {
                    guard i + 1 < count, let found = memchr(s + i + 1, Int32(c), count - i - 1) else { return count }
                    i = s.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    continue
                }
            }
            i += 1
        }
        return count
    }

    /// The high bit of each byte of `word` (loaded little-endian) that equals `byte`; exact, no false positives.
    @inline(__always)
    private static func bytes(in word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let flipped = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((flipped & low7) &+ low7) | flipped) & 0x8080_8080_8080_8080
    }

    /// Index just past `</name ...>`, or the end of input when the element is never closed.
    private static func findClosingTag(_ s: UnsafePointer<UInt8>, _ count: Int, _ name: StaticString, from: Int) -> Int {
        var i = from
        let length = name.utf8CodeUnitCount
        while let lt = find(s, count, "</", from: i) {
            let nameStart = lt + 2
            let nameEnd = nameStart + length
            if nameEnd <= count, equalsIgnoringCase(s, nameStart, nameEnd, name),
               nameEnd == count || !isNameByte(s[nameEnd]) {
                var j = nameEnd
                while j < count, s[j] != 0x3E { j += 1 }
                return min(j + 1, count)
            }
            i = lt + 2
        }
        return count
    }

    private static func find(_ s: UnsafePointer<UInt8>, _ count: Int, _ needle: StaticString, from: Int) -> Int? {
        let first = needle.utf8Start[0]
        let length = needle.utf8CodeUnitCount
        var i = from
        while i + length <= count {
            guard let found = memchr(s + i, Int32(first), count - i) else { return nil }
            let at = s.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + length > count { return nil }
            if memcmp(s + at, needle.utf8Start, length) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    private static func matches(_ s: UnsafePointer<UInt8>, _ count: Int, at index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= count else { return false }
        return memcmp(s + index, literal.utf8Start, length) == 0
    }

    /// `s[start..<end]` equals the lower-case ASCII `name` once every byte is OR-ed with 0x20.
    @inline(__always)
    static func equalsIgnoringCase(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard end - start == length else { return false }
        let literal = name.utf8Start
        for k in 0..<length where s[start + k] | 0x20 != literal[k] { return false }
        return true
    }

    private static func containsIgnoringCase(_ s: UnsafePointer<UInt8>, from: Int, to: Int, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard to - from >= length else { return false }
        var i = from
        while i + length <= to {
            if equalsIgnoringCase(s, i, i + length, needle) { return true }
            i += 1
        }
        return false
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A }
}
