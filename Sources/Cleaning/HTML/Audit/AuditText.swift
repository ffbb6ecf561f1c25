/// The text an audit-trail entry shows for a removed subtree: `clip(textContent(...))`,
/// mostly without collapsing the whole gathered text (up to 1,204 bytes) into a String
/// that `clip` then cuts to 300 scalars.
extension HTMLContentExtractor {
    /// How many bytes of a removed subtree are gathered for its audit entry.
    static let auditGatherLimit = auditTextLimit * 4 + 4

    /// Exactly `clip(document.textContent(of: node, limit: auditGatherLimit))`.
    static func auditText(of node: Int, in document: HTMLDocument) -> String {
        // `gatheredText` into a stack buffer: it never needs more than `limit + 1` bytes
        // (the byte at `limit` tells whether the cut falls inside a UTF-8 sequence).
        let limit = auditGatherLimit
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 1) { buffer -> String in
            var count = 0
            var i = node
            let end = Int(document.ends[node])
            document.textBytes.withUnsafeBufferPointer { all in
                while i < end, count < limit {
                    if document.tags[i] == .text {
                        let start = Int(document.textStarts[i])
                        let length = min(Int(document.textEnds[i]) - start, limit + 1 - count)
                        if length > 0, let source = all.baseAddress, let target = buffer.baseAddress {
                            (target + count).update(from: source + start, count: length)
                        }
                        count += length
                        if count <= limit { buffer[count] = 0x20; count += 1 }
                    }
                    i += 1
                }
            }
            if count > limit {
                var cut = limit
                while cut > 0, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a UTF-8 sequence
                count = cut
            }
            return clippedCollapse(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// `clip(TextNormalizer.collapseWhitespace(utf8: bytes))`.
    static func clippedCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        clippedSafePrefix(bytes) ?? clip(TextNormalizer.collapseWhitespace(utf8: bytes))
    }

    /// Collapses whitespace only until `auditTextLimit + 1` scalars are out, as long as every
    /// scalar met is "safe": ASCII, a well-formed two-byte scalar below U+0300, or general
    /// punctuation U+2010-2027 / U+2030-205E (’ “ ” — • …), none of them a space or invisible.
    /// Such scalars need no UTF-8 repair and are starters that NFC leaves alone, and the
    /// starter that follows the first 300 shields them from anything NFC does later on, so the
    /// full collapse would begin with the same 300 scalars and have more: `clip` would give
    /// them and "…". Nil (the caller collapses everything) at the first other scalar.
    static func clippedSafePrefix(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        let maxScalars = auditTextLimit
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxScalars * 3 + 8) { out -> String? in
            var written = 0
            var scalars = 0
            var pendingSpace = false
            var i = 0
            while i < input.count {
                // Eight printable ASCII bytes with single spaces only, too few to reach the 301st
                // scalar, are copied at once as the byte loop below would copy them (the same
                // word test as `TextNormalizer.collapseWhitespace`).
                if i + 8 <= input.count, scalars + 9 <= maxScalars, let source = input.baseAddress, let target = out.baseAddress {
                    let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                    if WordBytes.controls(word) | WordBytes.equal(word, 0x7F) | WordBytes.nonASCII(word) == 0 {
                        let spaces = WordBytes.equal(word, 0x20)
                        let firstIsSpace = spaces & 0x80 != 0
                        if spaces & (spaces << 8) == 0, !(firstIsSpace && (pendingSpace || written == 0)) {
                            if pendingSpace, written > 0 { out[written] = 0x20; written += 1; scalars += 1 }
                            UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
                            written += 8
                            scalars += 8
                            pendingSpace = false
                            if spaces & 0x8000_0000_0000_0000 != 0 {  // a trailing space waits for the next visible byte
                                written -= 1
                                scalars -= 1
                                pendingSpace = true
                            }
                            i += 8
                            continue
                        }
                    }
                }
                let byte = input[i]
                if byte < 0x80, byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                    i += 1
                    while i < input.count, input[i] == 0x20 || (input[i] >= 0x09 && input[i] <= 0x0D) { i += 1 }  // the rest of the run
                    continue
                }
                if byte < 0x20 || byte == 0x7F { i += 1; continue }  // control codes are dropped
                guard let width = safeScalarWidth(input, at: i) else { return nil }
                // A visible scalar comes next (after the pending space, if any): once 300 are
                // out, it is the 301st, and a safe one.
                if scalars == maxScalars { return clipped(out, written) }
                if pendingSpace, written > 0 {
                    out[written] = 0x20
                    written += 1
                    scalars += 1
                    if scalars == maxScalars { return clipped(out, written) }
                }
                pendingSpace = false
                for k in 0..<width { out[written + k] = input[i + k] }
                written += width
                scalars += 1
                i += width
            }
            // At most 300 scalars: `clip` leaves the collapsed text as it is.
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<written]), as: UTF8.self)
        }
    }

    /// The first `written` bytes (300 scalars) and the ellipsis `clip` appends.
    private static func clipped(_ out: UnsafeMutableBufferPointer<UInt8>, _ written: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: out[0..<written]), as: UTF8.self) + "…"
    }

    /// The byte length of the visible scalar at `index` when it is safe (see `clippedSafePrefix`), else nil.
    private static func safeScalarWidth(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = input[index]
        if byte < 0x80 { return 1 }
        if byte >= 0xC2, byte <= 0xCB, index + 1 < input.count, input[index + 1] & 0xC0 == 0x80 {
            let value = (UInt32(byte & 0x1F) << 6) | UInt32(input[index + 1] & 0x3F)
            // Below U+0300; not the C1 controls and soft hyphen (invisible) nor NEL and no-break space (spaces).
            return value >= 0xA1 && value != 0xAD ? 2 : nil
        }
        if byte == 0xE2, index + 2 < input.count, input[index + 1] & 0xC0 == 0x80, input[index + 2] & 0xC0 == 0x80 {
            let value = 0x2000 | (UInt32(input[index + 1] & 0x3F) << 6) | UInt32(input[index + 2] & 0x3F)
            return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) ? 3 : nil
        }
        return nil
    }
}
