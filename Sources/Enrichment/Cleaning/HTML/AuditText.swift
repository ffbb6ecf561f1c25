/// The text an audit-trail entry shows for a removed subtree: `clip(textContent(...))`,
/// mostly without collapsing the whole gathered text (up to 1,204 bytes) into a String
/// that `clip` then cuts to 300 scalars.
extension HTMLContentExtractor {
    /// How many bytes of a removed subtree are gathered for its audit entry.
    static let auditGatherLimit = auditTextLimit * 4 + 4

    /// Exactly `clip(document.textContent(of: node, limit: auditGatherLimit))`.
    static func auditText(of node: Int, in document: HTMLDocument) -> String {
        let bytes = document.gatheredText(of: node, limit: auditGatherLimit)
        return bytes.withUnsafeBufferPointer { clippedCollapse($0) }
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
                let byte = input[i]
                if byte < 0x80, byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                    i += 1
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
