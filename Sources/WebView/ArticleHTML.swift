import Articles
import Foundation

/// The article page as one self-contained HTML file (`newsflow process --html`): the same
/// template as `newsflow view`'s article page, with the stylesheet inline, no script, and a
/// Content-Security-Policy that lets nothing load (the inline style is allowed by digest).
public enum ArticleHTML {
    /// The digest of the inline stylesheet, as the policy names it.
    public static var styleDigest: String {
        Data(ContentDigest.sha256(Array(Stylesheet.css.utf8))).base64EncodedString()
    }

    /// - Parameter audit: show the removed blocks with their reasons among the paragraphs.
    public static func offline(_ record: ArticleRecord, audit: Bool = false) throws -> String {
        let page = ArticlePage(
            record: record, audit: audit, links: nil,
            chrome: Chrome(offlineFooter: "Written by newsflow process --html. Self-contained: nothing on this page loads from anywhere."),
            offlinePolicy: SecurityHeaders.offlinePolicy(styleDigest: styleDigest))
        return try Templates.shared.get().render(page, template: "article")
    }
}
