import CLibXML2

/// Parses HTML with libxml2's error-recovering HTML parser into an `HTMLDocument`.
package enum HTMLParser {
    /// libxml2 takes the input's length as a C `int`; the cleaner's own size limit
    /// (`ArticleCleaner.Options.maxInputBytes`) refuses large pages long before this.
    static let maxInputBytes = Int(Int32.max)

    /// `setTextAside: false` hands libxml2 every text run itself, `dropUnreadHead: false`
    /// every head element (the tests compare both ways).
    package static func parse(_ html: String, setTextAside: Bool = true, dropUnreadHead: Bool = true) throws(CleaningError) -> HTMLDocument {
        let page = HTMLPrefilter.strip(html, settingTextAside: setTextAside, droppingUnreadHead: dropUnreadHead)
        let bytes = page.markup
        let size = bytes.count + page.setAside.bytes.count
        guard size <= maxInputBytes else { throw .inputTooLarge(bytes: size, limit: maxInputBytes) }
        guard !bytes.isEmpty else { throw .noArticleText }
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder(expectedBytes: size, setAside: page.setAside))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      htmlCreateMemoryParserCtxt($0, Int32(buffer.count))
                  })
            else { return false }
            defer { htmlFreeParserCtxt(context) }
            var handler = htmlSAXHandler()
            handler.initialized = XML_SAX2_MAGIC
            handler.startElement = { context, name, attributes in
                guard let context, let name else { return }
                context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee
                    .startElement(name: name, attributes: attributes)
            }
            handler.endElement = { context, _ in
                guard let context else { return }
                context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.endElement()
            }
            handler.characters = { context, characters, length in
                guard let context, let characters else { return }
                context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee
                    .characters(characters, count: Int(length))
            }
            handler.ignorableWhitespace = handler.characters
            handler.cdataBlock = { context, characters, length in
                guard let context, let characters else { return }
                context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee
                    .rawContent(characters, count: Int(length))
            }
            handler.serror = { _, _ in }
            context.pointee.sax.pointee = handler
            context.pointee.userData = UnsafeMutableRawPointer(builder)
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            htmlCtxtUseOptions(context, Int32(options))
            // Our input is always UTF-8 (a Swift String). Without this, libxml2 guesses the
            // encoding at the first non-ASCII byte from <meta charset>, or falls back to Latin-1.
            context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
            _ = htmlParseDocument(context)
            return true
        }
        guard parsed else { throw .unparseableHTML("libxml2 could not create a parser for this input") }
        return builder.pointee.finish()
    }
}
