/// Reads `class`/`id`/`role` hints the way a human skimming the markup would:
/// "comment-form", "share-bar", "related-stories" name what a block is for.
enum BoilerplateHints {
    /// Why an element with this hint is boilerplate, or nil when the hint says nothing.
    /// Strong words (comment, share, related, nav) name boilerplate even next to content
    /// words (`article-share`, `post-comments`), but then the match is not `strong`, and a
    /// caller protects elements that hold the article (`main-content has-section-nav`).
    /// Weak words (sidebar, byline) yield to content words entirely.
    static func classify(_ hint: String) -> (reason: RemovalReason, strong: Bool)? {
        let tokens = tokenize(hint)
        if tokens.isEmpty { return nil }
        let mentionsContent = tokens.contains(where: { contentTokens.contains($0) })
        var weak: RemovalReason?
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if let strong = strongReason(token, next: next) { return (strong, !mentionsContent) }
            if weak == nil { weak = weakReason(token, next: next) }
        }
        guard let weak, !mentionsContent else { return nil }
        return (weak, false)
    }

    /// Hints that mark the article body itself (`article-body`, `entry-content`, `itemprop-articlebody`).
    static func isArticleBody(_ hint: String) -> Bool {
        let tokens = tokenize(hint)
        for (index, token) in tokens.enumerated() {
            if articleBodyTokens.contains(token) { return true }
            if token.count > 11, articleBodyTokens.contains(where: { token.hasSuffix($0) }) { return true }
            if index + 1 < tokens.count, articleBodyPairs.contains(token + " " + tokens[index + 1]) { return true }
        }
        return false
    }

    private static let articleBodyTokens: Set<String> = [
        "articlebody", "storybody", "entrycontent", "postbody", "articletext", "storytext", "bodytext", "postcontent",
        "articlecontent",
    ]
    private static let articleBodyPairs: Set<String> = [
        "article body", "article content", "article text", "story body", "story content", "entry content", "post content",
        "post body", "body text", "main content", "article main", "content body", "story text", "text content",
    ]

    private static let strongTokens: [String: RemovalReason] = {
        var table: [String: RemovalReason] = [:]
        let groups: [(RemovalReason, [String])] = [
            (.comments, ["disqus", "respond", "reply", "replies", "discussion"]),
            (.cookieNotice, ["cookie", "cookies", "consent", "gdpr", "cookiebanner"]),
            (.share, ["share", "shares", "sharing", "social", "addthis", "sharethis", "sharebar", "socialshare", "sharetools"]),
            (.newsletter, ["newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "optin", "nlsignup"]),
            (.related, ["related", "recommended", "recommendations", "recommendation", "trending", "popular", "mostread",
                        "outbrain", "taboola", "recirc", "recirculation", "readmore", "morestories", "moreon", "relatedarticles",
                        "relatedposts", "relatedcontent", "relatedstories"]),
            (.advertisement, ["ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "adcontainer", "adwrapper",
                              "dfp", "sponsor", "sponsored", "promo", "promoted", "banner", "googleads", "adsbygoogle"]),
            (.footer, ["footer", "copyright", "colophon", "sitefooter", "contentinfo"]),
            (.navigation, ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skiplink",
                           "masthead", "topbar"]),
            (.popup, ["modal", "popup", "overlay", "tooltip", "popover", "hovercard"]),
        ]
        for (reason, tokens) in groups { for token in tokens { table[token] = reason } }
        return table
    }()

    private static let strongPairs: [String: RemovalReason] = [
        "read more": .related, "more stories": .related, "most read": .related, "also read": .related,
    ]

    /// First words of `strongPairs` keys.
    private static let strongPairFirstTokens = Set(strongPairs.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    private static let weakTokens: [String: RemovalReason] = {
        var table: [String: RemovalReason] = [:]
        let groups: [(RemovalReason, [String])] = [
            (.sidebar, ["sidebar", "widget", "widgets", "rail", "aside", "sidecol"]),
            (.byline, ["byline", "author", "authors", "dateline", "timestamp", "published", "updated", "pubdate"]),
            (.photoCredit, ["caption", "credit", "credits", "figcaption", "photocredit"]),
            (.tags, ["tags", "tag", "keywords", "topics"]),
            (.hidden, ["sronly", "visuallyhidden"]),
            (.share, ["print", "toolbar", "tools", "actions"]),
        ]
        for (reason, tokens) in groups { for token in tokens { table[token] = reason } }
        return table
    }()

    private static let weakPairs: [String: RemovalReason] = [
        "sr only": .hidden, "visually hidden": .hidden, "screen reader": .hidden,
    ]

    /// First words of `weakPairs` keys.
    private static let weakPairFirstTokens = Set(weakPairs.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    private static let contentTokens: Set<String> = [
        "article", "articlebody", "body", "content", "main", "story", "entry", "text", "post", "column",
    ]

    /// Tokens are ASCII (see `tokenize`), so prefixes are compared as bytes.
    private static func strongReason(_ token: String, next: String) -> RemovalReason? {
        if let reason = strongTokens[token] { return reason }
        if token.utf8.starts(with: "comment".utf8) && !token.utf8.starts(with: "commentar".utf8) { return .comments }
        // Only a few tokens open a pair: the others skip building the "token next" key.
        if !next.isEmpty, strongPairFirstTokens.contains(token), let reason = strongPairs[token + " " + next] { return reason }
        if token.utf8.starts(with: "advert".utf8) || token.utf8.starts(with: "adslot".utf8) || token.utf8.starts(with: "adunit".utf8) { return .advertisement }
        if token.utf8.starts(with: "related".utf8) { return .related }
        if token.utf8.starts(with: "newsletter".utf8) { return .newsletter }
        if token.utf8.starts(with: "social".utf8) || token.utf8.starts(with: "share".utf8) { return .share }
        return nil
    }

    private static func weakReason(_ token: String, next: String) -> RemovalReason? {
        if let reason = weakTokens[token] { return reason }
        if !next.isEmpty, weakPairFirstTokens.contains(token), let reason = weakPairs[token + " " + next] { return reason }
        return nil
    }

    /// Splits on anything but ASCII letters and digits, lower-cased; "Article__Body" → ["article", "body"].
    static func tokenize(_ hint: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in hint.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                current.append(lower)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
