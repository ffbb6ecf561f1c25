/// Byte-to-text decoding for payloads: UTF-8 by default, ISO-8859-1 and windows-1252 by
/// hand (the charsets old Western sites declare, and the stray bytes of mixed pages), and
/// any other charset the page declares through iconv (`LegacyCharsetDecoder`).
public enum TextDecoding {
    /// Decodes `bytes`, honouring a charset declared in the header or (for HTML) in a
    /// `<meta charset>` within the first 4 KB. UTF-8 with a few stray bytes (a page
    /// stitched from UTF-8 and windows-1252 parts, or windows-1252 labelled UTF-8) is
    /// repaired: see `decodeUTF8Repairing`. Mostly-invalid UTF-8 is an error.
    public static func decode(_ bytes: [UInt8], declaredCharset: String?) throws(ArticleInputError) -> String {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let charset = (declaredCharset ?? metaCharset(in: bytes))?.lowercased()
        switch charset {
        case nil, "utf-8", "utf8", "us-ascii", "ascii":
            guard let bad = firstInvalidUTF8Offset(bytes) else { return String(decoding: bytes, as: UTF8.self) }
            if let repaired = decodeUTF8Repairing(bytes) { return repaired }
            throw .invalidUTF8(byteOffset: bad)
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "l1", "windows-1252", "cp1252", "x-cp1252":
            // Scraped pages often declare Latin-1 but arrive as UTF-8 (the scraper
            // re-encoded them); real Latin-1 text with accents is almost never valid UTF-8.
            if firstInvalidUTF8Offset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
            // ISO-8859-1 is treated as windows-1252, as browsers do (WHATWG encoding standard).
            return decodeWindows1252(bytes)
        case let other?:
            if firstInvalidUTF8Offset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
            if let text = LegacyCharsetDecoder.decode(bytes, label: other) { return text }
            throw .unsupportedCharset(other)
        }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when valid.
    public static func firstInvalidUTF8Offset<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        // Every page passes through here: contiguous bytes take the byte loop below, which is
        // several times faster than this generic decoder when called from another module.
        if let offset = bytes.withContiguousStorageIfAvailable({ firstInvalidUTF8Offset(in: $0) }) { return offset }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The same answer as the UTF-8 decoder (RFC 3629: no overlong forms, surrogates or code
    /// points above U+10FFFF), skipping ASCII eight bytes at a time.
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var i = 0
        while i < count {
            while i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { return nil }
            if base[i] < 0x80 {
                i += 1
                continue
            }
            guard let (_, length) = sequence(base, count: count, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The `charset=` parameter of a Content-Type value; nil when absent or empty.
    public static func charset(inContentType value: String) -> String? {
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingSpaces().lowercased() == "charset" {
                // `charset=""` declares nothing: nil, so a `<meta charset>` or UTF-8 applies.
                let name = String(pair[1].trimmingSpaces()).trimmingCharacters(in: "\"'")
                return name.isEmpty ? nil : name
            }
        }
        return nil
    }

    static func metaCharset(in bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var name = ""
        for ch in head[range.upperBound...] {
            if ch == "\"" || ch == "'" { if name.isEmpty { continue } else { break } }
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { name.append(ch) } else { break }
        }
        return name.isEmpty ? nil : name
    }

    /// At most this share of a payload's bytes may be invalid UTF-8 for it to be repaired.
    static let repairableInvalidShare = 0.1

    /// Valid UTF-8 sequences as UTF-8 and each byte that starts no valid sequence as
    /// windows-1252: what the byte almost always meant on a news page (0x92 ’, 0x97 —, 0xE9 é).
    /// Silently turning them into U+FFFD, or refusing the page, loses text; about 2 % of
    /// real pages in the evaluation sets carry such bytes. Nil when more than
    /// `repairableInvalidShare` of the bytes are invalid: that is not text with a few
    /// stray bytes but a wrong or missing charset, or no text at all.
    static func decodeUTF8Repairing(_ bytes: ArraySlice<UInt8>) -> String? {
        let limit = Int(Double(bytes.count) * repairableInvalidShare)
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress else { return "" }
            var invalid = 0
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(buffer.count)
            var i = 0
            while i < buffer.count {
                if let (scalar, length) = sequence(base, count: buffer.count, at: i) {
                    scalars.append(Unicode.Scalar(scalar)!)  // `sequence` rules out surrogates
                    i += length
                } else {
                    invalid += 1
                    if invalid > limit { return nil }
                    scalars.append(windows1252Scalar(base[i]))
                    i += 1
                }
            }
            return String(scalars)
        }
    }

    /// The scalar of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms,
    /// surrogates or code points above U+10FFFF) and its length, or nil.
    @inline(__always)
    static func sequence(_ base: UnsafePointer<UInt8>, count: Int, at i: Int) -> (scalar: UInt32, length: Int)? {
        let lead = base[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard i + length <= count else { return nil }
        for k in 1..<length {
            let byte = base[i + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        if length == 3, scalar < 0x800 || (0xD800...0xDFFF).contains(scalar) { return nil }
        if length == 4, scalar < 0x1_0000 || scalar > 0x10_FFFF { return nil }
        return (scalar, length)
    }

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar((0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte))!
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes { scalars.append(windows1252Scalar(byte)) }
        return String(scalars)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
