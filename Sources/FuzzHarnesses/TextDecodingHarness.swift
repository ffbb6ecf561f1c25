import Articles

/// The charsets a header may declare: none (UTF-8, or a `<meta charset>` in the page),
/// the single-byte ones decoded by hand, a single-byte and a multi-byte one read through
/// iconv, and one that is never honoured.
private let declaredCharsets: [String?] = [nil, "utf-8", "iso-8859-1", "windows-1252", "koi8-r", "shift_jis", "utf-7"]

/// Fuzzes `TextDecoding` and `ContentTypeSniffer`. The fast UTF-8 validator must give
/// the same first-bad-byte offset as its generic path and agree with the standard
/// library on validity; valid UTF-8 must come back byte for byte (after a BOM); invalid
/// input may only be accepted through a single-byte charset, one code point per byte,
/// through Shift_JIS, at most one code point per byte, or repaired (each well-formed
/// sequence as UTF-8, each stray byte as windows-1252); UTF-7 is never accepted for
/// invalid input; sniffing and header parsing must be deterministic.
public func fuzzTextDecoding(_ data: UnsafeRawBufferPointer) {
    let bytes = FuzzInput.bytes(data)
    checkUTF8Validator(bytes)
    let unmarked = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    let unmarkedIsValid = String(validating: unmarked, as: UTF8.self) != nil
    for charset in declaredCharsets {
        let first = Result { () throws(ArticleInputError) in try TextDecoding.decode(bytes, declaredCharset: charset) }
        let second = Result { () throws(ArticleInputError) in try TextDecoding.decode(bytes, declaredCharset: charset) }
        invariant(first == second, "decoding twice as \(String(describing: charset)) gave different answers")
        guard case .success(let text) = first else { continue }
        if unmarkedIsValid {
            invariant(text.utf8.elementsEqual(unmarked), "valid UTF-8 declared \(String(describing: charset)) came back changed")
        } else {
            invariant(charset != "utf-7", "invalid UTF-8 was accepted as UTF-7")
            let multiByte = charset == "shift_jis" && text.unicodeScalars.count <= unmarked.count
            invariant(
                text.unicodeScalars.count == unmarked.count || multiByte || isRepair(text, of: unmarked),
                "invalid UTF-8 came back as neither a single-byte decode nor a stray-byte repair (\(text.unicodeScalars.count) code points for \(unmarked.count) bytes)")
        }
        let sniffed = ContentTypeSniffer.sniff(text)
        invariant(sniffed == ContentTypeSniffer.sniff(text), "sniffing the same text twice gave different types")
    }
    let header = FuzzInput.text(data)
    invariant(ContentTypeSniffer.fromHeader(header) == ContentTypeSniffer.fromHeader(header), "a header maps to two types")
    if let charset = TextDecoding.charset(inContentType: header) {
        invariant(header.contains(charset), "charset \(charset.debugDescription) is not in its header")
    }
}

/// `firstInvalidUTF8Offset` has a fast path for contiguous bytes and a generic one; both
/// must name the same byte, the bytes before it must be valid, and "no offset" must mean
/// the standard library accepts the whole input.
private func checkUTF8Validator(_ bytes: [UInt8]) {
    let fast = TextDecoding.firstInvalidUTF8Offset(bytes)
    let generic = TextDecoding.firstInvalidUTF8Offset(bytes.lazy.map { $0 })
    invariant(fast == generic, "the fast UTF-8 check says \(String(describing: fast)), the generic one \(String(describing: generic))")
    let valid = String(validating: bytes, as: UTF8.self) != nil
    invariant((fast == nil) == valid, "the UTF-8 check says \(String(describing: fast)) but the standard library says valid=\(valid)")
    if let fast {
        invariant(fast >= 0 && fast < bytes.count, "invalid-UTF-8 offset \(fast) outside \(bytes.count) bytes")
        invariant(String(validating: bytes[..<fast], as: UTF8.self) != nil, "the bytes before offset \(fast) are not valid UTF-8")
    }
}

/// Whether `text` is `bytes` read as UTF-8 with stray bytes, written independently of
/// `TextDecoding`: each well-formed sequence (as the standard library validates it) is its
/// scalar, each other byte one windows-1252 scalar (itself, or above U+00FF for 0x80-0x9F).
private func isRepair(_ text: String, of bytes: [UInt8]) -> Bool {
    var scalars = text.unicodeScalars.makeIterator()
    var i = 0
    while i < bytes.count {
        guard let scalar = scalars.next() else { return false }
        let lead = bytes[i]
        let length = switch lead {
        case 0..<0x80: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        if length > 0, i + length <= bytes.count, let piece = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
            guard piece.unicodeScalars.first == scalar else { return false }
            i += length
        } else {
            let value = scalar.value
            guard (0x80...0x9F).contains(lead) ? (value == UInt32(lead) || value > 0xFF) : value == UInt32(lead) else { return false }
            i += 1
        }
    }
    return scalars.next() == nil
}
