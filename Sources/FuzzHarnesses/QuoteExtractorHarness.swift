import Articles
import QuoteAttribution
import TextProcessing

/// Fuzzes the quote scanner and attributor (`QuoteExtractor`) on arbitrary text, with no
/// entities (speakers spotted in the text) and with the paragraph splitter's spans given
/// explicitly. Quotes must come in text order without overlapping, carry exactly the text
/// at their offsets, stay inside one paragraph, name no entity id when there are no
/// entities, and be the same when asked twice.
public func fuzzQuoteExtractor(_ data: UnsafeRawBufferPointer) {
    let text = FuzzInput.text(data)
    let scalars = Array(text.unicodeScalars)
    let paragraphs = ParagraphSplitter.paragraphs(in: scalars)
    let extractor = QuoteExtractor()
    for given in [[], paragraphs] {
        let quotes = extractor.quotes(in: text, paragraphs: given, entities: [])
        invariant(quotes == extractor.quotes(in: text, paragraphs: given, entities: []), "extracting quotes twice gave different quotes")
        var previousEnd = 0
        for quote in quotes {
            checkSurface(quote.text, quote.start, quote.end, in: scalars, "quote")
            invariant(quote.start >= previousEnd, "quote \(quote.start)..<\(quote.end) overlaps or precedes the one before (ended \(previousEnd))")
            previousEnd = quote.end
            invariant(paragraphs.contains { $0.start <= quote.start && quote.end <= $0.end },
                      "quote \(quote.start)..<\(quote.end) is not inside one paragraph")
            invariant(quote.speakerId == nil, "quote names entity \(quote.speakerId ?? "") with no entities given")
        }
    }
}
