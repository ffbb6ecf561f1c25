/// Reads `class`/`id`/`role` hints the way a human skimming the markup would:
/// "comment-form", "share-bar", "related-stories" name what a block is for.
enum BoilerplateHints {
    /// Why an element with this hint is boilerplate, or nil when the hint says nothing.
    /// Strong words (comment, share, related, nav) name boilerplate even next to content
    /// words (`article-share`, `post-comments`), but then the match is not `strong`, and a
    /// caller protects elements that hold the article (`main-content has-section-nav`).
    /// Weak words (sidebar, byline) yield to content words entirely.
    static func classify(_ hint: String) -> (reason: RemovalReason, strong: Bool)? {
        classifyPacked(hint)
    }

    /// `classify` on String tokens: the reference `classifyPacked` is tested against.
    static func classifyByStrings(_ hint: String) -> (reason: RemovalReason, strong: Bool)? {
        let tokens = tokenize(hint)
        if tokens.isEmpty { return nil }
        let mentionsContent = tokens.contains(where: { contentGate.mayContain($0) && contentTokens.contains($0) })
        var weak: RemovalReason?
        for (index, token) in tokens.enumerated() {
            if index > 0, stateWords.contains(tokens[index - 1]) { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if let strong = strongReason(token, next: next) { return (strong, !mentionsContent) }
            if weak == nil { weak = weakReason(token, next: next) }
        }
        guard let weak, !mentionsContent else { return nil }
        return (weak, false)
    }

    /// Hints that mark the article body itself (`article-body`, `entry-content`, `itemprop-articlebody`).
    static func isArticleBody(_ hint: String) -> Bool {
        isArticleBodyPacked(hint)
    }

    /// `isArticleBody` on String tokens: the reference `isArticleBodyPacked` is tested against.
    static func isArticleBodyByStrings(_ hint: String) -> Bool {
        let tokens = tokenize(hint)
        for (index, token) in tokens.enumerated() {
            if articleBodyTokens.contains(token) { return true }
            if token.count > 11, articleBodyTokens.contains(where: { token.hasSuffix($0) }) { return true }
            if index + 1 < tokens.count, articleBodyPairs.contains(token + " " + tokens[index + 1]) { return true }
        }
        return false
    }

    static let articleBodyTokens: Set<String> = [
        "articlebody", "storybody", "entrycontent", "postbody", "articletext", "storytext", "bodytext", "postcontent",
        "articlecontent",
    ]
    static let articleBodyPairs: Set<String> = [
        "article body", "article content", "article text", "story body", "story content", "entry content", "post content",
        "post body", "body text", "main content", "article main", "content body", "story text", "text content",
    ]

    static let strongTokens: [String: RemovalReason] = {
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

    static let strongPairs: [String: RemovalReason] = [
        "read more": .related, "more stories": .related, "most read": .related, "also read": .related,
    ]

    /// First words of `strongPairs` keys.
    private static let strongPairFirstTokens = Set(strongPairs.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    static let weakTokens: [String: RemovalReason] = {
        var table: [String: RemovalReason] = [:]
        let groups: [(RemovalReason, [String])] = [
            (.sidebar, ["sidebar", "widget", "widgets", "rail", "aside", "sidecol"]),
            (.byline, ["byline", "author", "authors", "dateline", "timestamp", "published", "updated", "pubdate"]),
            (.photoCredit, ["caption", "credit", "credits", "figcaption", "photocredit"]),
            (.tags, ["tags", "tag", "keywords", "topics"]),
            // `hidden` is the display:none utility class of Bootstrap, Tailwind, Foundation and
            // HTML5 Boilerplate (slide-out panels, closed popups); see `responsiveBreakpoints`.
            (.hidden, ["sronly", "visuallyhidden", "hidden"]),
            (.share, ["print", "toolbar", "tools", "actions"]),
        ]
        for (reason, tokens) in groups { for token in tokens { table[token] = reason } }
        return table
    }()

    /// Words that make the next one a state of the element, not its role: `no-caption`,
    /// `has-sidebar`, `with-comments`, `without-ads` name an article item or wrapper.
    static let stateWords: Set<String> = ["no", "has", "with", "without"]

    /// Tailwind's `hidden md:block` hides an element only below a breakpoint: on a desktop
    /// it shows, so `hidden` followed by one of these says nothing.
    static let responsiveBreakpoints: [StaticString] = ["sm", "md", "lg", "xl", "2xl"]

    static let weakPairs: [String: RemovalReason] = [
        "sr only": .hidden, "visually hidden": .hidden, "screen reader": .hidden,
    ]

    /// First words of `weakPairs` keys.
    private static let weakPairFirstTokens = Set(weakPairs.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    static let contentTokens: Set<String> = [
        "article", "articlebody", "body", "content", "main", "story", "entry", "text", "post", "column",
    ]

    /// Tokens are ASCII (see `tokenize`), so prefixes are compared as bytes.
    private static func strongReason(_ token: String, next: String) -> RemovalReason? {
        if strongGate.mayContain(token), let reason = strongTokens[token] { return reason }
        // The prefix rules below all start with a, c, n, r or s: other tokens skip them.
        let first = token.utf8.first ?? 0
        let opensPrefixRule = first == 0x61 || first == 0x63 || first == 0x6E || first == 0x72 || first == 0x73
        if opensPrefixRule, hasPrefix(token, "comment") && !hasPrefix(token, "commentar") { return .comments }
        // Only a few tokens open a pair: the others skip building the "token next" key.
        if !next.isEmpty, strongPairGate.mayContain(token), strongPairFirstTokens.contains(token),
           let reason = strongPairs[token + " " + next] {
            return reason
        }
        guard opensPrefixRule else { return nil }
        if hasPrefix(token, "advert") || hasPrefix(token, "adslot") || hasPrefix(token, "adunit") { return .advertisement }
        if hasPrefix(token, "related") { return .related }
        if hasPrefix(token, "newsletter") { return .newsletter }
        if hasPrefix(token, "social") || hasPrefix(token, "share") { return .share }
        return nil
    }

    private static func weakReason(_ token: String, next: String) -> RemovalReason? {
        if token == "hidden", responsiveBreakpoints.contains(where: { "\($0)" == next }) { return nil }
        if weakGate.mayContain(token), let reason = weakTokens[token] { return reason }
        if !next.isEmpty, weakPairGate.mayContain(token), weakPairFirstTokens.contains(token),
           let reason = weakPairs[token + " " + next] {
            return reason
        }
        return nil
    }

    /// Byte-wise prefix test (tokens are ASCII).
    private static func hasPrefix(_ token: String, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard token.utf8.count >= length else { return false }
        var index = token.utf8.startIndex
        for k in 0..<length {
            if token.utf8[index] != prefix.utf8Start[k] { return false }
            index = token.utf8.index(after: index)
        }
        return true
    }

    // Cheap filters in front of the hashed lookups: most tokens ("col", "md", "flex") are in no table.
    private static let strongGate = TokenGate(strongTokens.keys)
    private static let weakGate = TokenGate(weakTokens.keys)
    private static let contentGate = TokenGate(contentTokens)
    private static let strongPairGate = TokenGate(strongPairFirstTokens)
    private static let weakPairGate = TokenGate(weakPairFirstTokens)

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

/// A filter over a set of ASCII tokens by (length, first byte): `mayContain` is false only
/// for tokens that cannot be in the set, so a lookup behind it gives the same answers
/// while most tokens skip hashing.
struct TokenGate: Sendable {
    /// Bit `b & 63` of `masks[length]` is set when some member has that length and first byte `b`.
    private let masks: [UInt64]

    init<S: Sequence>(_ members: S) where S.Element == String {
        var masks = [UInt64](repeating: 0, count: 33)
        for member in members {
            guard let first = member.utf8.first else { continue }
            let length = min(member.utf8.count, 32)
            masks[length] |= UInt64(1) << UInt64(first & 63)
        }
        self.masks = masks
    }

    func mayContain(_ token: String) -> Bool {
        guard let first = token.utf8.first else { return true }
        let length = min(token.utf8.count, 32)
        return masks[length] & (UInt64(1) << UInt64(first & 63)) != 0
    }
}

extension BoilerplateHints {
    /// Whether a hint token (ASCII letters and digits, any case) can change an answer of
    /// `classify` or `isArticleBody`: it is in a word table, is either word of a pair,
    /// opens a prefix rule, or is a long token ending in an article-body word. Any other
    /// token ("col", "md", "flex", "x") is inert: swapping a run of inert tokens for one
    /// other inert token leaves every answer unchanged, which lets the pre-filter shorten
    /// `class`/`id`/`role` values before libxml2 reads them byte by byte.
    static func isSignificantToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !token.isEmpty else { return false }
        guard token.count <= PackedWordSet.maxLength else {
            // Longer than any packed word: only the rules, or a (hypothetical) long table word.
            let lowered = token.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return significantPrefixes.contains { lowered.starts(with: $0) }
                || articleBodyTokenBytes.contains { lowered.count > 11 && lowered.suffix($0.count).elementsEqual($0) }
                || longSignificantWords.contains(String(decoding: lowered, as: UTF8.self))
        }
        // Most tokens open no prefix rule, are too short for a suffix rule and fail the
        // word set's length/first-byte filter: answered before any key is packed.
        let first = token[0] >= 0x41 && token[0] <= 0x5A ? token[0] | 0x20 : token[0]
        let opensPrefixRule = first == 0x61 || first == 0x63 || first == 0x6E || first == 0x72 || first == 0x73
        if !opensPrefixRule, token.count <= 11, !significantWordSet.mayContain(length: token.count, first: first) { return false }
        let word = PackedWordSet.Key(lowercasing: token)
        // Every prefix rule starts with a, c, n, r or s.
        switch word.low & 0xFF {
        case 0x61, 0x63, 0x6E, 0x72, 0x73:
            if significantPrefixKeys.contains(where: { word.hasPrefix($0) }) { return true }
        default:
            break
        }
        if token.count > 11, articleBodyTokenKeys.contains(where: { word.hasSuffix($0) }) { return true }
        return significantWordSet.contains(word)
    }

    /// Starts of the prefix rules in `strongReason` ("comment" covers "commentar").
    private static let significantPrefixes: [[UInt8]] =
        ["comment", "advert", "adslot", "adunit", "related", "newsletter", "social", "share"].map { Array($0.utf8) }
    private static let significantPrefixKeys = significantPrefixes.map { PackedWordSet.Key($0) }

    private static let articleBodyTokenBytes: [[UInt8]] = articleBodyTokens.map { Array($0.utf8) }
    private static let articleBodyTokenKeys = articleBodyTokenBytes.map { PackedWordSet.Key($0) }

    private static let significantWordSet = PackedWordSet(significantWords.map { Array($0.utf8) }.filter { $0.count <= PackedWordSet.maxLength })
    private static let longSignificantWords = significantWords.filter { $0.utf8.count > PackedWordSet.maxLength }

    /// Every word any table or pair mentions.
    private static let significantWords: Set<String> = {
        var words = Set(strongTokens.keys).union(weakTokens.keys).union(contentTokens).union(articleBodyTokens)
            .union(stateWords)
        for pair in Array(strongPairs.keys) + Array(weakPairs.keys) + Array(articleBodyPairs) {
            for word in pair.split(separator: " ") { words.insert(String(word)) }
        }
        return words
    }()

}
