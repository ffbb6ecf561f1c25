/// Byte-level scanning the pre-filter is built from: names, tag ends, closing tags.
extension HTMLPrefilter {
    /// HTML whitespace: space, tab, LF, FF, CR.
    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool {
        c <= 0x20 && (UInt64(1) << UInt64(c)) & 0x1_0000_3600 != 0
    }

    /// Index just past the `>` closing the tag whose attributes start at `from`.
    static func endOfTag(_ s: Span<UInt8>, from: Int) -> Int {
        let count = s.count
        var i = from
        while i < count {
            // Eight bytes at a time up to the next `>`, `"` or `'` (attribute names, unquoted values).
            while i + 8 <= count {
                let word = s.word(at: i)
                let found = WordBytes.equal(word, 0x3E) | WordBytes.equal(word, 0x22) | WordBytes.equal(word, 0x27)
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
                    guard let close = s.firstIndex(of: c, in: i + 1..<count) else { return count }
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
        return count
    }

    /// Index just past `</name ...>`, or the end of input when the element is never closed.
    static func findClosingTag(_ s: Span<UInt8>, _ name: StaticString, from: Int) -> Int {
        let count = s.count
        var i = from
        let length = name.utf8CodeUnitCount
        while let lt = s.firstIndex(of: "</", from: i) {
            let nameStart = lt + 2
            let nameEnd = nameStart + length
            if nameEnd <= count, equalsIgnoringCase(s, nameStart, nameEnd, name),
               nameEnd == count || !isNameByte(s[nameEnd]) {
                return s.firstIndex(of: 0x3E, in: nameEnd..<count).map { $0 + 1 } ?? count
            }
            i = lt + 2
        }
        return count
    }

    /// `s[start..<end]` equals the lower-case ASCII `name` once every byte is OR-ed with 0x20.
    @inline(__always)
    static func equalsIgnoringCase(_ s: Span<UInt8>, _ start: Int, _ end: Int, _ name: StaticString) -> Bool {
        s.equalsIgnoringCase(start..<end, name)
    }

    static func containsIgnoringCase(_ s: Span<UInt8>, from: Int, to: Int, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard to - from >= length else { return false }
        var i = from
        while i + length <= to {
            if equalsIgnoringCase(s, i, i + length, needle) { return true }
            i += 1
        }
        return false
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A }
}
