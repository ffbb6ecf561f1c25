/// The one default size limit for a raw article, and what follows from it. Every stage
/// and `newsflow process` fall back to it, so an article accepted offline is accepted by
/// the workers too.
public enum ArticleLimits {
    /// 16 MiB: larger raw articles go to the dead-letter topic with `too-large`.
    public static let defaultMaxArticleBytes = 16 * 1024 * 1024

    /// The most UTF-8 bytes the cleaner accepts for an article of at most `articleBytes`
    /// raw bytes: decoding Latin-1 or windows-1252 can double the bytes.
    public static func maxDecodedBytes(forArticleBytes articleBytes: Int) -> Int {
        articleBytes.multipliedReportingOverflow(by: 2).overflow ? Int.max : articleBytes * 2
    }
}
