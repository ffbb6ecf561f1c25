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
enum HTMLPrefilter {
    private static let rawTextElements: [[UInt8]] = ["script", "style", "svg", "noscript", "template"].map { Array($0.utf8) }

    static func strip(_ html: String) -> [UInt8] {
        var html = html
        return html.withUTF8 { source in
            var out: [UInt8] = []
            out.reserveCapacity(source.count)
            guard let base = source.baseAddress else { return out }
            let count = source.count
            var i = 0
            while i < count {
                guard let found = memchr(base + i, 0x3C, count - i) else {
                    appendCollapsingSpaces(UnsafeBufferPointer(start: base + i, count: count - i), to: &out)
                    break
                }
                let lt = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if lt > i { appendCollapsingSpaces(UnsafeBufferPointer(start: base + i, count: lt - i), to: &out) }
                i = lt
                if matches(source, at: i + 1, "!--") {
                    i = find(source, "-->", from: i + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard i + 1 < count, isLetter(source[i + 1]) else {
                    out.append(0x3C)
                    i += 1
                    continue
                }
                var nameEnd = i + 1
                while nameEnd < count, isNameByte(source[nameEnd]) { nameEnd += 1 }
                let tagEnd = endOfTag(source, from: nameEnd)
                let rawIndex = rawTextElements.firstIndex { equalsIgnoringCase(source, i + 1, nameEnd, $0) }
                guard let rawIndex else {
                    if tagEnd < count, !keepsAllAttributes(source, i + 1, nameEnd) {
                        copyTag(source, start: i, nameEnd: nameEnd, tagEnd: tagEnd, into: &out)
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: tagEnd - i))
                    }
                    i = tagEnd
                    continue
                }
                let name = rawTextElements[rawIndex]
                let close = findClosingTag(source, name, from: tagEnd)
                let keep = rawIndex == 0 && containsIgnoringCase(source, from: nameEnd, to: tagEnd, "ld+json")
                if keep {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: close - i))
                }
                i = close
            }
            return out
        }
    }

    /// Elements whose every attribute may be metadata (`<meta property=... content=...>`).
    private static let metadataElements: [[UInt8]] = ["meta", "link", "html", "time", "base"].map { Array($0.utf8) }

    /// The only attributes the cleaner reads on other elements; the rest (href, src,
    /// srcset, data-*, inline styles) is often most of a tag's bytes.
    private static let keptAttributes: [[UInt8]] = [
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "rel", "content", "datetime",
    ].map { Array($0.utf8) }

    private static func keepsAllAttributes(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        metadataElements.contains { equalsIgnoringCase(s, start, end, $0) }
    }

    /// Copies `<name ...>` keeping only the attributes in `keptAttributes` (and `style`
    /// only when it can hide the element).
    private static func copyTag(_ s: UnsafeBufferPointer<UInt8>, start: Int, nameEnd: Int, tagEnd: Int, into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[start..<nameEnd]))
        let end = tagEnd - 1  // the '>'
        var i = nameEnd
        var selfClosing = false
        while i < end {
            let c = s[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C { i += 1; continue }
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
                    if let base = s.baseAddress, let found = memchr(base + j, Int32(quote), end - j) {
                        j = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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
            guard keptAttributes.contains(where: { equalsIgnoringCase(s, attributeStart, attributeNameEnd, $0) }) else { continue }
            if equalsIgnoringCase(s, attributeStart, attributeNameEnd, keptAttributes[6]), valueStart >= 0,
               !containsIgnoringCase(s, from: valueStart, to: valueEnd, "none"), !containsIgnoringCase(s, from: valueStart, to: valueEnd, "hidden") {
                continue
            }
            out.append(0x20)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[attributeStart..<i]))
        }
        if selfClosing { out.append(0x2F) }
        out.append(0x3E)
    }

    /// Text between tags with each whitespace run cut to one space: the cleaner collapses
    /// whitespace anyway, and indentation is a good share of many pages' bytes.
    private static func appendCollapsingSpaces(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        let count = text.count
        while i < count {
            var j = i
            while j < count, !isSpace(text[j]) { j += 1 }
            if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<j])) }
            guard j < count else { break }
            // A lone space stays in the run copied next; longer or other whitespace becomes one space.
            var k = j
            while k < count, isSpace(text[k]) { k += 1 }
            out.append(0x20)
            i = k
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    /// Index just past the `>` closing the tag whose attributes start at `from`.
    private static func endOfTag(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        var quote: UInt8 = 0
        while i < s.count {
            let c = s[i]
            if quote != 0 {
                // Inside a quoted value (URLs, srcset, data-*: most of a tag's bytes) only
                // the closing quote matters: memchr jumps to it.
                guard let base = s.baseAddress, let found = memchr(base + i, Int32(quote), s.count - i) else { return s.count }
                i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                quote = 0
                continue
            } else if c == 0x22 || c == 0x27 {
                // Quotes only open a value right after `=` (possibly after spaces).
                var j = i - 1
                while j > from, s[j] == 0x20 { j -= 1 }
                if j >= from, s[j] == 0x3D { quote = c }
            } else if c == 0x3E {
                return i + 1
            }
            i += 1
        }
        return s.count
    }

    /// Index just past `</name ...>`, or the end of input when the element is never closed.
    private static func findClosingTag(_ s: UnsafeBufferPointer<UInt8>, _ name: [UInt8], from: Int) -> Int {
        var i = from
        while let lt = find(s, "</", from: i) {
            let nameStart = lt + 2
            let nameEnd = nameStart + name.count
            if nameEnd <= s.count, equalsIgnoringCase(s, nameStart, nameEnd, name),
               nameEnd == s.count || !isNameByte(s[nameEnd]) {
                var j = nameEnd
                while j < s.count, s[j] != 0x3E { j += 1 }
                return min(j + 1, s.count)
            }
            i = lt + 2
        }
        return s.count
    }

    private static func find(_ s: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
        let first = needle.utf8Start[0]
        let length = needle.utf8CodeUnitCount
        guard let base = s.baseAddress else { return nil }
        var i = from
        while i + length <= s.count {
            guard let found = memchr(base + i, Int32(first), s.count - i) else { return nil }
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + length > s.count { return nil }
            if memcmp(base + at, needle.utf8Start, length) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    private static func matches(_ s: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= s.count, let base = s.baseAddress else { return false }
        return memcmp(base + index, literal.utf8Start, length) == 0
    }

    private static func equalsIgnoringCase(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ name: [UInt8]) -> Bool {
        guard end - start == name.count else { return false }
        for k in 0..<name.count where s[start + k] | 0x20 != name[k] { return false }
        return true
    }

    private static func containsIgnoringCase(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard to - from >= n.count else { return false }
        var i = from
        while i + n.count <= to {
            if equalsIgnoringCase(s, i, i + n.count, n) { return true }
            i += 1
        }
        return false
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A }
}
