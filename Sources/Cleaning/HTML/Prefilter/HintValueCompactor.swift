/// Shortens `class`, `id` and `role` values in the pre-filter: those values are only ever
/// read as hint tokens (`BoilerplateHints`), yet utility-class markup makes them a large
/// share of the bytes libxml2 parses one character at a time. Each run of tokens that can
/// change no hint answer becomes one inert token `x`; significant tokens are kept as
/// written, so the tree builder sees the same token sequence up to inert words.
///
/// Only plain printable ASCII values are rewritten: an entity (`&...;`) or a non-ASCII
/// byte (whose lower-casing may yield ASCII letters) keeps the value as written.
///
/// One compactor serves one page: values repeat a lot within a page ("col-md-6" on every
/// card), so each distinct value is compacted once and later copies reuse its compacted
/// bytes (found by hash, confirmed by comparing the source bytes). Those bytes are kept
/// here, not read back from the output, which the pre-filter may still cut or shift.
struct HintValueCompactor {
    private struct Entry {
        var hash: UInt64
        var sourceStart: Int
        var sourceLength: Int
        var compactedStart: Int
        var compactedLength: Int
    }

    private var slots = [Int32](repeating: -1, count: 1024)
    private var entries: [Entry] = []
    private var compacted: [UInt8] = []

    /// Appends `s[from..<to]` to `out`, compacted when allowed, else as written.
    mutating func append(_ s: Span<UInt8>, from: Int, to: Int, into out: inout ByteSink) {
        let length = to - from
        let hash = WordHash.mix(0, s.extracting(from..<to))
        if entries.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.sourceLength == length, s.bytesEqual(at: entry.sourceStart, from, count: length) {
                out.append(compacted.span.extracting(entry.compactedStart..<entry.compactedStart + entry.compactedLength))
                return
            }
            slot = (slot + 1) & mask
        }
        let outStart = out.count
        if !Self.appendCompacted(s, from: from, to: to, into: &out) {
            out.append(s.extracting(from..<to))
        }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, sourceStart: from, sourceLength: length,
                             compactedStart: compacted.count, compactedLength: out.count - outStart))
        out.copyBytes(from: outStart, to: &compacted)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 31)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Appends the compacted value of `s[from..<to]`, or returns false (appending nothing)
    /// when the value must be kept as written. Never writes more than `to - from` bytes.
    private static func appendCompacted(_ page: Span<UInt8>, from: Int, to: Int, into out: inout ByteSink) -> Bool {
        let s = page.extracting(0..<to)  // ends at the value's end, so `i < to` is also the bounds check
        let to = s.count
        // One pass: write as we go, and take it back if a byte forbids rewriting.
        let mark = out.count
        out.reserve(to - from)
        var wroteToken = false
        var pendingInert = false
        var afterHidden = false  // a breakpoint right after `hidden` is read (Tailwind's `hidden md:block`)
        var i = from
        while i < to {
            let c = s[i]
            guard isTokenByte(c) else {
                guard c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c < 0x7F), c != 0x26 else {
                    out.truncate(to: mark)
                    return false
                }
                i += 1
                continue
            }
            let start = i
            while i < to, isTokenByte(s[i]) { i += 1 }
            let isBreakpointAfterHidden = afterHidden && Self.isBreakpoint(s, start..<i)
            afterHidden = Self.equalsLowercased(s, start..<i, "hidden")
            if isBreakpointAfterHidden || s.isSignificantToken(start..<i) {
                if pendingInert { append(literal: 0x78, separated: &wroteToken, into: &out); pendingInert = false }
                if wroteToken { out.append(0x20) }
                out.append(s.extracting(start..<i))
                wroteToken = true
            } else {
                pendingInert = true
            }
        }
        // A value without tokens stays as written (nothing was written for it): only its presence is read.
        guard wroteToken || pendingInert else { return false }
        if pendingInert { append(literal: 0x78, separated: &wroteToken, into: &out) }
        return true
    }


    private static func append(literal: UInt8, separated wroteToken: inout Bool, into out: inout ByteSink) {
        if wroteToken { out.append(0x20) }
        out.append(literal)
        wroteToken = true
    }

    /// One of `BoilerplateHints.responsiveBreakpoints`, in any case.
    private static func isBreakpoint(_ s: Span<UInt8>, _ range: Range<Int>) -> Bool {
        range.count <= 3 && BoilerplateHints.responsiveBreakpoints.contains { equalsLowercased(s, range, $0) }
    }

    /// Whether the token's bytes, lower-cased, spell `word` (lower-case ASCII).
    private static func equalsLowercased(_ s: Span<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            for k in 0..<range.count where (s[range.lowerBound + k] | 0x20) != expected[k] | 0x20 { return false }
            return true
        }
    }

    /// The bytes `BoilerplateHints.tokenize` keeps in tokens: ASCII letters and digits.
    private static func isTokenByte(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }
}
