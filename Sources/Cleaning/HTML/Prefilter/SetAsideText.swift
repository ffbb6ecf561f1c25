/// Text the pre-filter takes out of the markup before libxml2 reads it, and puts back
/// into the tree afterwards.
///
/// libxml2 reads text one character at a time (a function call, a validity check and a
/// copy each), yet all it decides from a run of plain text is whether it is blank. So each
/// run of text between two tags that libxml2 would pass through unchanged (no `<`, `&`,
/// control or non-character, not blank) is replaced by a short placeholder that is also
/// plain, non-blank text: U+E000 (private use) and four index letters. The tree builder
/// gets the placeholders as text and `expand` swaps the runs back in. Pages that contain
/// U+E000 themselves keep all their text in the markup.
struct SetAsideText: Sendable {
    struct Run: Sendable {
        var start: Int32
        var length: Int32
    }

    /// U+E000 in UTF-8.
    static let marker: (UInt8, UInt8, UInt8) = (0xEE, 0x80, 0x80)
    static let indexLength = 4
    static let placeholderLength = 3 + indexLength
    /// Shorter runs stay in the markup: their placeholder would save libxml2 little.
    static let minimumRunLength = 12
    /// Index letters are `A` (0x41) ... `z` (0x7A): 58 values, none of them `<`, `&` or a space.
    private static let radix = 58
    static let maximumRuns = radix * radix * radix * radix

    private(set) var bytes: [UInt8] = []
    private(set) var runs: [Run] = []

    var isEmpty: Bool { runs.isEmpty }

    /// Whether a page contains U+E000 anywhere (then nothing may be set aside).
    static func containsMarker(_ page: Span<UInt8>) -> Bool {
        var i = 0
        while let at = page.firstIndex(of: marker.0, in: i..<page.count) {
            if at + 2 < page.count, page[at + 1] == marker.1, page[at + 2] == marker.2 { return true }
            i = at + 1
        }
        return false
    }

    /// Whether libxml2 would hand `run` to the tree builder exactly as written, as text
    /// that is not blank: no markup or entity start, no control character (whitespace is
    /// already collapsed to spaces) and no U+FFFE/U+FFFF (libxml2 drops those).
    static func passesThroughUnchanged(_ run: Span<UInt8>) -> Bool {
        let count = run.count
        var visible = false
        var k = 0
        // Eight bytes at a time while none is a control, `<`, `&` or 0xEF (the lead byte of U+FFFE/U+FFFF).
        while k + 8 <= count {
            let word = run.word(at: k)
            let stops = WordBytes.controls(word) | WordBytes.equal(word, 0x3C) | WordBytes.equal(word, 0x26) | WordBytes.equal(word, 0xEF)
            guard stops == 0 else { break }
            if WordBytes.equal(word, 0x20) != WordBytes.highBits { visible = true }
            k += 8
        }
        while k < count {
            let c = run[k]
            if c == 0x3C || c == 0x26 || c < 0x20 { return false }
            if c == 0xEF, k + 2 < count, run[k + 1] == 0xBF, run[k + 2] >= 0xBE { return false }
            if c != 0x20 { visible = true }
            k += 1
        }
        return visible
    }

    /// Keeps a copy of what `out` holds from `start` on; false when the index space is used up.
    mutating func keep(_ out: borrowing ByteSink, from start: Int) -> Bool {
        guard runs.count < Self.maximumRuns else { return false }
        runs.append(Run(start: Int32(truncatingIfNeeded: bytes.count), length: Int32(truncatingIfNeeded: out.count - start)))
        out.copyBytes(from: start, to: &bytes)
        return true
    }

    /// Writes the placeholder of run `index` (U+E000 and four index letters, lowest first).
    func writePlaceholder(forRunAt index: Int, into out: inout ByteSink) {
        out.reserve(Self.placeholderLength)
        out.append(Self.marker.0)
        out.append(Self.marker.1)
        out.append(Self.marker.2)
        var rest = index
        for _ in 0..<Self.indexLength {
            out.append(UInt8(0x41 + rest % Self.radix))
            rest /= Self.radix
        }
    }

    /// Appends `text` to `output` with every placeholder replaced by its run. Anything
    /// that only looks like a placeholder is copied as it is.
    func expand(_ text: Span<UInt8>, into output: inout [UInt8]) {
        let count = text.count
        var i = 0
        while i < count {
            guard let at = text.firstIndex(of: Self.marker.0, in: i..<count) else {
                text.appendBytes(in: i..<count, to: &output)
                return
            }
            text.appendBytes(in: i..<at, to: &output)
            if at + Self.placeholderLength <= count, text[at + 1] == Self.marker.1, text[at + 2] == Self.marker.2,
               let index = Self.index(text, at: at + 3), index < runs.count {
                let run = runs[index]
                output.append(contentsOf: bytes[Int(run.start)..<Int(run.start + run.length)])
                i = at + Self.placeholderLength
            } else {
                output.append(text[at])
                i = at + 1
            }
        }
    }

    private static func index(_ text: Span<UInt8>, at start: Int) -> Int? {
        var index = 0
        var scale = 1
        for k in 0..<indexLength {
            let digit = Int(text[start + k]) - 0x41
            guard digit >= 0, digit < radix else { return nil }
            index += digit * scale
            scale *= radix
        }
        return index
    }
}
