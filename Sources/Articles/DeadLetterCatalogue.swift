/// Every dead-letter code the pipeline emits, with its one meaning. The README's table of
/// codes is generated from this list and a test keeps the two equal.
extension DeadLetterCode {
    // Decoding the raw payload (`ArticleInputError`).
    public static let emptyPayload: DeadLetterCode = "empty-payload"
    public static let tooLarge: DeadLetterCode = "too-large"
    public static let invalidUTF8: DeadLetterCode = "invalid-utf8"
    public static let unsupportedCharset: DeadLetterCode = "unsupported-charset"
    public static let invalidEnvelope: DeadLetterCode = "invalid-envelope"
    public static let emptyBody: DeadLetterCode = "empty-body"
    // Cleaning (`CleaningError`).
    public static let noArticleText: DeadLetterCode = "no-article-text"
    public static let binaryContent: DeadLetterCode = "binary-content"
    public static let unparseableHTML: DeadLetterCode = "unparseable-html"
    // Records between stages (`RecordError`).
    public static let invalidRecord: DeadLetterCode = "invalid-record"
    public static let unsupportedSchemaVersion: DeadLetterCode = "unsupported-schema-version"
    public static let missingCleanSection: DeadLetterCode = "missing-clean-section"
    public static let encodingFailed: DeadLetterCode = "encoding-failed"
    // Delivery (`OutputError`).
    public static let outputTooLarge: DeadLetterCode = "output-too-large"

    /// Code, stage that emits it, meaning, and whether a replay can succeed unchanged.
    public static let catalogue: [(code: DeadLetterCode, stage: String, meaning: String, retriable: Bool)] = [
        (emptyPayload, "cleaner", "the record has no value", false),
        (tooLarge, "any", "the article is over `NEWSFLOW_MAX_ARTICLE_BYTES` (cleaner), or its clean text is over `NEWSFLOW_MAX_TEXT_BYTES` (entities, quotes: the cleaner truncates to that budget, so the record was cleaned with a larger one); replay after raising it", true),
        (invalidUTF8, "cleaner", "over 10 % of the payload's bytes are invalid UTF-8 and it declares no supported charset (fewer stray bytes are read as windows-1252)", false),
        (unsupportedCharset, "cleaner", "the page declares a charset iconv does not know (or UTF-16, UTF-32, UTF-7), or over 10 % of its bytes are invalid in it", false),
        (invalidEnvelope, "cleaner", "a JSON envelope that is not valid JSON, nests deeper than \(JSONNesting.maximumDepth) levels, or has a missing, mistyped or unknown-valued field", false),
        (emptyBody, "cleaner", "the article body is empty or only whitespace", false),
        (noArticleText, "cleaner", "nothing on the page reads as article text (index page, empty page, only boilerplate)", false),
        (binaryContent, "cleaner", "the body is binary data, not text", false),
        (unparseableHTML, "cleaner", "libxml2 could not parse the page", false),
        (invalidRecord, "entities, quotes", "the value is not an article record (written by something other than the previous stage)", false),
        (unsupportedSchemaVersion, "entities, quotes", "the record is from a newer Newsflow; replay after upgrading this stage", true),
        (missingCleanSection, "entities, quotes", "the record has no `clean` section; route it through the cleaner first", false),
        (encodingFailed, "any", "the output record could not be encoded as JSON (a bug: please report it)", false),
        (outputTooLarge, "any", "the output record is over `NEWSFLOW_MAX_RECORD_BYTES` or the producer's `message.max.bytes`; replay after raising both and the topic's `max.message.bytes`", true),
    ]

    /// The README's table of dead-letter codes.
    public static var markdownTable: String {
        (["| code | stage | meaning | replay can help |", "|---|---|---|---|"]
            + catalogue.map { "| `\($0.code)` | \($0.stage) | \($0.meaning) | \($0.retriable ? "yes" : "no") |" })
            .joined(separator: "\n")
    }
}
