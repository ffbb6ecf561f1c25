/// Shortens `class`, `id` and `role` values in the pre-filter: those values are only ever
/// read as hint tokens (`BoilerplateHints`), yet utility-class markup makes them a large
/// share of the bytes libxml2 parses one character at a time. Each run of tokens that can
/// change no hint answer becomes one inert token `x`; significant tokens are kept as
/// written, so the tree builder sees the same token sequence up to inert words.
///
/// Only plain printable ASCII values are rewritten: an entity (`&...;`) or a non-ASCII
/// byte (whose lower-casing may yield ASCII letters) keeps the value as written.
enum HintValueCompactor {
    /// Appends the compacted value of `s[from..<to]`, or returns false (appending nothing)
    /// when the value must be kept as written. Never writes more than `to - from` bytes.
    static func appendCompacted(_ s: UnsafePointer<UInt8>, from: Int, to: Int, into out: inout ByteSink) -> Bool {
        var sawToken = false
        for k in from..<to {
            let c = s[k]
            guard c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c < 0x7F), c != 0x26 else { return false }
            if isTokenByte(c) { sawToken = true }
        }
        // A value without tokens stays as written: only its presence is read.
        guard sawToken else { return false }
        out.reserve(to - from)
        var wroteToken = false
        var pendingInert = false
        var i = from
        while i < to {
            guard isTokenByte(s[i]) else { i += 1; continue }
            let start = i
            while i < to, isTokenByte(s[i]) { i += 1 }
            let token = UnsafeBufferPointer(start: s + start, count: i - start)
            if BoilerplateHints.isSignificantToken(token) {
                if pendingInert { append(literal: 0x78, separated: &wroteToken, into: &out); pendingInert = false }
                if wroteToken { out.append(0x20) }
                out.append(s + start, count: i - start)
                wroteToken = true
            } else {
                pendingInert = true
            }
        }
        if pendingInert { append(literal: 0x78, separated: &wroteToken, into: &out) }
        return true
    }

    private static func append(literal: UInt8, separated wroteToken: inout Bool, into out: inout ByteSink) {
        if wroteToken { out.append(0x20) }
        out.append(literal)
        wroteToken = true
    }

    /// The bytes `BoilerplateHints.tokenize` keeps in tokens: ASCII letters and digits.
    private static func isTokenByte(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }
}
