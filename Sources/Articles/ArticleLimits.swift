/// The size limits of the pipeline, each declared once, and what follows from them. Every
/// stage, `newsflow process`, `newsflow topics create` and the deploy files fall back to
/// them, so an article accepted offline is accepted by the workers too, and no default
/// produces a record that a broker with Kafka's default `message.max.bytes` (1048588)
/// refuses.
public enum ArticleLimits {
    /// 4,000,000 bytes: larger raw articles go to the dead-letter topic with `too-large`.
    /// A news page's HTML with its inline scripts reaches 1–2 MB (7 of the 796 extraction
    /// dev pages are over 1 MB), so a 1 MB limit would dead-letter ordinary pages. The raw
    /// record is the user's, on a topic made with `topicMaxMessageBytes`; what the workers
    /// produce is bounded by `defaultMaxRecordBytes`, not by this.
    public static let defaultMaxArticleBytes = 4_000_000

    /// 200,000 UTF-8 bytes of clean text (a 30,000-word article) are given to the NLP
    /// stages; the cleaner keeps the paragraphs that fit and marks the rest `truncated` in
    /// `removed`. Bounds the entity and quote stages' time and memory per record, and
    /// leaves room under `defaultMaxRecordBytes` for the annotations.
    public static let defaultMaxTextBytes = 200_000

    /// 1,000,000 bytes: a stage's output record larger than this goes to the dead-letter
    /// topic with `output-too-large` instead of to a broker that would refuse it.
    public static let defaultMaxRecordBytes = 1_000_000

    /// 4 MiB: `max.message.bytes` of the topics `newsflow topics create`, compose
    /// (`deploy/create-topics.sh`) and Strimzi make. Four times the record budgets, so
    /// they can be raised without re-creating topics; the budgets themselves stay under
    /// Kafka's default so topics made elsewhere carry every record too.
    public static let topicMaxMessageBytes = 4_194_304

    /// The most UTF-8 bytes the cleaner accepts for an article of at most `articleBytes`
    /// raw bytes: decoding a legacy charset can triple them (a windows-1252 curly quote, a
    /// Thai letter in windows-874 and an invalid byte's U+FFFD are 3 UTF-8 bytes each).
    public static func maxDecodedBytes(forArticleBytes articleBytes: Int) -> Int {
        articleBytes.multipliedReportingOverflow(by: 3).overflow ? Int.max : articleBytes * 3
    }
}

/// The per-stage budgets one worker or `newsflow process` runs with (see `ArticleLimits`).
public struct ArticleBudgets: Sendable, Equatable {
    /// Raw payload bytes; larger → `too-large`.
    public var maxArticleBytes: Int
    /// Clean text bytes given to the NLP; the cleaner truncates beyond it, the other
    /// stages dead-letter a longer text with `too-large`.
    public var maxTextBytes: Int
    /// Output record bytes; larger → `output-too-large`.
    public var maxRecordBytes: Int

    public init(maxArticleBytes: Int = ArticleLimits.defaultMaxArticleBytes,
                maxTextBytes: Int = ArticleLimits.defaultMaxTextBytes,
                maxRecordBytes: Int = ArticleLimits.defaultMaxRecordBytes) {
        self.maxArticleBytes = maxArticleBytes
        self.maxTextBytes = maxTextBytes
        self.maxRecordBytes = maxRecordBytes
    }
}
