/// The pre-filter's text copy: runs of whitespace between tags (indentation, line breaks)
/// are a large share of news markup, and libxml2 reads them one character at a time.
extension ByteSink {
    /// Appends `text` with every run of HTML whitespace (space, tab, LF, FF, CR) cut to
    /// one space. Never writes more than `text.count` bytes.
    ///
    /// Eight bytes at a time while a word has no control byte and no space that would be
    /// collapsed (two spaces in a row, or a space right after whitespace): such a word is
    /// copied as it is. Other words go byte by byte.
    mutating func appendCollapsingSpaces(_ text: Span<UInt8>) {
        reserve(text.count)
        let length = text.count
        var inSpace = false
        var k = 0
        while k < length {
            if k + 8 <= length {
                let word = text.word(at: k)
                if WordBytes.controls(word) == 0 {
                    let spaces = WordBytes.equal(word, 0x20)
                    if spaces & (spaces << 8) == 0, !(inSpace && spaces & 0x80 != 0) {
                        append(word: word)
                        inSpace = spaces & 0x8000_0000_0000_0000 != 0
                        k += 8
                        continue
                    }
                }
                // Eight bytes of indentation ("\n" and spaces between tags): at most one space.
                if Self.isAllWhitespace(word) {
                    if !inSpace { append(0x20) }
                    inSpace = true
                    k += 8
                    continue
                }
            }
            let end = min(k + 8, length)
            while k < end {
                let c = text[k]
                if HTMLPrefilter.isSpace(c) {
                    if !inSpace { append(0x20) }
                    inSpace = true
                } else {
                    append(c)
                    inSpace = false
                }
                k += 1
            }
        }
    }

    /// Whether all eight bytes are HTML whitespace (space, tab, LF, FF, CR).
    @inline(__always)
    private static func isAllWhitespace(_ word: UInt64) -> Bool {
        let whitespace = WordBytes.equal(word, 0x20) | WordBytes.equal(word, 0x0A) | WordBytes.equal(word, 0x09)
            | WordBytes.equal(word, 0x0D) | WordBytes.equal(word, 0x0C)
        return whitespace == WordBytes.highBits
    }
}
