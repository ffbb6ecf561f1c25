/// The reasons `removed` entries carry, as the strings users see in the record.
enum RemovalReason: String, Sendable {
    case duplicateTitle = "duplicate-title"
    case comments = "comment-form"
    case navigation
    case cookieNotice = "cookie-notice"
    case share
    case newsletter
    case related
    case advertisement
    case footer
    case byline
    case photoCredit = "photo-credit"
    case sidebar
    case popup
    case tags
    case hidden
    case caption
    case loginPrompt = "login-prompt"
    case linkList = "link-list"
    case outsideArticle = "outside-article"
    case form
    case header
    /// Script source that leaked into the page's text (`LeakedFurniture`).
    case scriptText = "script-text"
    /// A second copy of text already kept (a page that renders its body twice).
    case repeatedCopy = "repeated-copy"
}
