/// Reads `class`/`id`/`role` hints the way a human skimming the markup would:
/// "comment-form", "share-bar", "related-stories" name what a block is for.
enum BoilerplateHints {
    /// Why an element with this hint is boilerplate, or nil when the hint says nothing.
    /// `strong` reasons hold even when the hint also mentions article content
    /// (`article-share`, `post-comments`); weak ones (sidebar, byline) yield to it.
    static func classify(_ hint: String) -> (reason: RemovalReason, strong: Bool)? {
        let tokens = tokenize(hint)
        if tokens.isEmpty { return nil }
        var weak: RemovalReason?
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if let strong = strongReason(token, next: next) { return (strong, true) }
            if weak == nil { weak = weakReason(token, next: next) }
        }
        guard let weak else { return nil }
        if tokens.contains(where: isContentToken) { return nil }
        return (weak, false)
    }

    /// Hints that mark the article body itself (`article-body`, `entry-content`, `itemprop-articlebody`).
    static func isArticleBody(_ hint: String) -> Bool {
        let tokens = tokenize(hint)
        for (index, token) in tokens.enumerated() {
            if token == "articlebody" || token == "storybody" || token == "entrycontent" || token == "postbody"
                || token == "articletext" || token == "storytext" || token == "bodytext" || token == "postcontent"
                || token == "articlecontent" {
                return true
            }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            switch (token, next) {
            case ("article", "body"), ("article", "content"), ("article", "text"), ("story", "body"), ("story", "content"),
                 ("entry", "content"), ("post", "content"), ("post", "body"), ("body", "text"), ("main", "content"),
                 ("article", "main"), ("content", "body"), ("story", "text"), ("text", "content"):
                return true
            default:
                continue
            }
        }
        return false
    }

    private static func strongReason(_ token: Substring, next: Substring) -> RemovalReason? {
        if token.hasPrefix("comment") && !token.hasPrefix("commentar") { return .comments }
        switch token {
        case "disqus", "respond", "reply", "replies", "discussion": return .comments
        case "cookie", "cookies", "consent", "gdpr", "cookiebanner": return .cookieNotice
        case "share", "shares", "sharing", "social", "addthis", "sharethis", "sharebar", "socialshare", "sharetools":
            return .share
        case "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "optin", "nlsignup":
            return .newsletter
        case "related", "recommended", "recommendations", "recommendation", "trending", "popular", "mostread",
             "outbrain", "taboola", "recirc", "recirculation", "readmore", "morestories", "moreon", "relatedarticles",
             "relatedposts", "relatedcontent", "relatedstories":
            return .related
        case "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "adcontainer", "adwrapper",
             "dfp", "sponsor", "sponsored", "promo", "promoted", "banner", "googleads", "adsbygoogle":
            return .advertisement
        case "footer", "copyright", "colophon", "sitefooter", "contentinfo": return .footer
        case "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skiplink",
             "masthead", "topbar":
            return .navigation
        case "modal", "popup", "overlay": return .popup
        case "read" where next == "more", "more" where next == "stories", "most" where next == "read",
             "also" where next == "read":
            return .related
        default:
            break
        }
        if token.hasPrefix("advert") || token.hasPrefix("adslot") || token.hasPrefix("adunit") { return .advertisement }
        if token.hasPrefix("related") { return .related }
        if token.hasPrefix("newsletter") { return .newsletter }
        if token.hasPrefix("social") || token.hasPrefix("share") { return .share }
        return nil
    }

    private static func weakReason(_ token: Substring, next: Substring) -> RemovalReason? {
        switch token {
        case "sidebar", "widget", "widgets", "rail", "aside", "sidecol": return .sidebar
        case "byline", "author", "authors", "dateline", "timestamp", "published", "updated", "pubdate": return .byline
        case "caption", "credit", "credits", "figcaption", "photocredit": return .photoCredit
        case "tags", "tag", "keywords", "topics": return .tags
        case "sronly", "visuallyhidden": return .hidden
        case "sr" where next == "only", "visually" where next == "hidden", "screen" where next == "reader":
            return .hidden
        case "print", "toolbar", "tools", "actions": return .share
        default: return nil
        }
    }

    private static func isContentToken(_ token: Substring) -> Bool {
        switch token {
        case "article", "articlebody", "body", "content", "main", "story", "entry", "text", "post", "column":
            return true
        default:
            return false
        }
    }

    /// Splits on anything but ASCII letters and digits; "article__body" → ["article", "body"].
    static func tokenize(_ hint: String) -> [Substring] {
        hint.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }
}
