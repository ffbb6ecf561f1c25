import Articles

/// The headers a producer may send with a record: none (the decoder sniffs JSON, HTML or
/// text), an explicit JSON envelope, and text types with and without a charset.
private let contentTypeHeaders: [String?] = [
    nil, "application/json", "text/html", "text/plain; charset=windows-1252", "text/html; charset=koi8-r",
]

/// Fuzzes `RawArticleDecoder` (the JSON envelope, `JSONNesting`, charset decoding and
/// sniffing) on arbitrary record values under each kind of header. It checks that the
/// answer is the same when asked twice, that an accepted article has a non-blank body,
/// that a refused one names a UTF-8 offset inside the value, and that no envelope deeper
/// than `JSONNesting.maximumDepth` reaches the JSON decoder.
public func fuzzRawArticleDecoder(_ data: UnsafeRawBufferPointer) {
    let value = FuzzInput.bytes(data)
    let decoder = RawArticleDecoder(maxBytes: 1 << 20)
    for header in contentTypeHeaders {
        let first = decodeResult(decoder, value, header)
        let second = decodeResult(decoder, value, header)
        invariant(first == second, "decoding twice under header \(String(describing: header)) gave \(first) then \(second)")
        switch first {
        case .success(let article):
            invariant(!article.body.unicodeScalars.allSatisfy(\.properties.isWhitespace), "an accepted article has a blank body")
        case .failure(.invalidUTF8(let offset)):
            invariant(offset >= 0 && offset < value.count, "invalid UTF-8 offset \(offset) outside the \(value.count) bytes")
        case .failure(.invalidEnvelope(let reason)):
            invariant(!reason.isEmpty, "an envelope refusal without a reason")
        case .failure:
            break
        }
    }
    let nestedTooDeep = JSONNesting.exceeds(JSONNesting.maximumDepth, in: value)
    if nestedTooDeep, case .success = decodeResult(decoder, value, "application/json") {
        invariant(false, "an envelope nested deeper than \(JSONNesting.maximumDepth) was decoded")
    }
}

/// The decoder's answer as a value, so two answers can be compared.
private func decodeResult(_ decoder: RawArticleDecoder, _ value: [UInt8], _ header: String?) -> Result<RawArticle, ArticleInputError> {
    Result { () throws(ArticleInputError) in try decoder.decode(value, contentTypeHeader: header) }
}
