import Foundation

/// The unicode normalisation every cleaned text goes through: NFC, one kind of space,
/// no invisible characters. Curly quotes, dashes and ellipses are kept as written,
/// because quote extraction downstream relies on them.
enum TextNormalizer {
    /// Collapses every run of whitespace (including no-break and typographic spaces) to
    /// one space, drops invisible characters, trims, and applies NFC when needed.
    static func collapseWhitespace<S: StringProtocol>(_ text: S) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var needsNFC = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if isSpace(value) {
                pendingSpace = true
                continue
            }
            if isInvisible(value) { continue }
            if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
            pendingSpace = false
            if value >= 0x300 { needsNFC = true }
            scalars.append(scalar)
        }
        let result = String(scalars)
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Like `collapseWhitespace`, but keeps single line breaks (for plain-text lines).
    static func normalizeLine<S: StringProtocol>(_ line: S) -> String {
        collapseWhitespace(line)
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
}
