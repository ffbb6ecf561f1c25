import Foundation

/// The unicode normalisation every cleaned text goes through: NFC, one kind of space,
/// no invisible characters. Curly quotes, dashes and ellipses are kept as written,
/// because quote extraction downstream relies on them.
///
/// Works on UTF-8 bytes with an ASCII fast path: this runs on every block of every page.
enum TextNormalizer {
    /// Collapses every run of whitespace (including no-break and typographic spaces) to
    /// one space, drops invisible characters, trims, and applies NFC when needed.
    static func collapseWhitespace<S: StringProtocol>(_ text: S) -> String {
        var copy = String(text)
        return copy.withUTF8 { collapseWhitespace(utf8: $0) }
    }

    /// Writes straight into the new String's storage (the output is never longer than the
    /// input: a single space stands for a run of at least one whitespace byte), so each call
    /// costs one allocation instead of an array plus a copied String. Invalid UTF-8 is
    /// repaired with U+FFFD either way, as `String(decoding:as:)` did before.
    static func collapseWhitespace(utf8 input: UnsafeBufferPointer<UInt8>) -> String {
        var needsNFC = false
        let result = String(unsafeUninitializedCapacity: input.count) { out -> Int in
            var written = 0
            var pendingSpace = false
            var i = 0
            let count = input.count
            while i < count {
                // Eight printable ASCII bytes with no space to collapse or trim are copied as
                // they are: the byte loop below would copy each of them unchanged.
                if i + 8 <= count, let source = input.baseAddress, let target = out.baseAddress {
                    let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                    if WordBytes.controls(word) | WordBytes.equal(word, 0x7F) | WordBytes.nonASCII(word) == 0 {
                        let spaces = WordBytes.equal(word, 0x20)
                        let firstIsSpace = spaces & 0x80 != 0
                        if spaces & (spaces << 8) == 0, !(firstIsSpace && (pendingSpace || written == 0)) {
                            if pendingSpace, written > 0 { out[written] = 0x20; written += 1 }
                            UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
                            written += 8
                            pendingSpace = false
                            if spaces & 0x8000_0000_0000_0000 != 0 {  // a trailing space waits for the next visible byte
                                written -= 1
                                pendingSpace = true
                            }
                            i += 8
                            continue
                        }
                    }
                }
                let byte = input[i]
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = true
                        // The rest of an ASCII whitespace run (HTML indentation) only sets the same
                        // flag: skipped here instead of a failed word test per byte.
                        while i < count, input[i] == 0x20 || (input[i] >= 0x09 && input[i] <= 0x0D) { i += 1 }
                    } else if byte >= 0x20 && byte != 0x7F {
                        if pendingSpace, written > 0 { out[written] = 0x20; written += 1 }
                        pendingSpace = false
                        out[written] = byte
                        written += 1
                    }
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard i + width <= count, width > 1 else { i += 1; continue }
                var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in 1..<width { value = (value << 6) | UInt32(input[i + k] & 0x3F) }
                if isSpace(value) {
                    pendingSpace = true
                } else if !isInvisible(value) {
                    if pendingSpace, written > 0 { out[written] = 0x20; written += 1 }
                    pendingSpace = false
                    for k in 0..<width { out[written] = input[i + k]; written += 1 }
                    if value >= 0x300, !needsNFC, let scalar = Unicode.Scalar(value) { needsNFC = mayChangeUnderNFC(scalar) }
                }
                i += width
            }
            return written
        }
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Combining marks, conjoining Hangul jamo and the compatibility singletons are
    /// the only scalars NFC can change; everything else is already in NFC.
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // The non-ASCII scalars news text is full of answer without a property lookup: general
        // punctuation and currency signs (’ “ ” — … €), Cyrillic letters, Latin Extended
        // Additional, CJK ideographs and Hangul syllables all have combining class 0 and none is
        // in the list below (a test checks every scalar of these ranges against the lookup).
        if Self.neverChangedByNFC(value) { return false }
        return mayChangeUnderNFCByLookup(scalar)
    }

    /// Ranges of scalars with combining class 0 that are not in `mayChangeUnderNFCByLookup`'s list.
    static func neverChangedByNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0x0400...0x0482, 0x048A...0x052F, 0x1E00...0x1EFF, 0x2002...0x20CF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    /// `mayChangeUnderNFC` from the Unicode properties alone (the reference for its fast ranges).
    static func mayChangeUnderNFCByLookup(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if scalar.properties.canonicalCombiningClass != .notReordered { return true }
        switch value {
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1100...0x11FF, 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126, 0x212A, 0x212B,
             0x2329...0x232A, 0xF900...0xFAFF, 0x2F800...0x2FA1F, 0x0915...0x095F, 0x09B0...0x09DF, 0x0B21...0x0B5D, 0x0CBF...0x0CCB:
            return true
        default:
            return false
        }
    }

    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Zero-width spaces, word joiners, byte-order marks, soft hyphens and control codes.
    /// Zero-width (non-)joiners are kept: they change how some scripts and emoji render.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F, 0xAD, 0x200B, 0x2060...0x2064, 0xFEFF, 0xFFFE, 0xFFFF:
            return true
        default:
            return false
        }
    }

    /// Unicode scalar count of UTF-8 bytes (bytes that do not continue a sequence).
    /// Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and the
    /// bit below it clear; the rest of the bytes are counted one by one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var continuations = 0
        var i = 0
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < count {
            if base[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return count - continuations
    }
}
