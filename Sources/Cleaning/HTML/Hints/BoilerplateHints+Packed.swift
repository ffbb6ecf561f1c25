/// `BoilerplateHints.classify` on packed tokens: a hint's tokens are read straight from its
/// bytes into `PackedWordSet.Key`s (first 16 bytes, lower-cased, plus the full length), and
/// the word tables are `PackedWordTable`s. The String version built an array of Strings per
/// hint and hashed each token with SipHash; a page has hundreds of distinct hints.
extension BoilerplateHints {
    /// One token: its first `PackedWordSet.maxLength` bytes packed, its full byte length and
    /// where it starts in the hint's bytes.
    struct PackedToken {
        var key: PackedWordSet.Key
        var count: Int
        var start: Int

        /// Longer tokens are in no table (their key holds only a prefix) but prefix rules apply.
        var fitsKey: Bool { count <= PackedWordSet.maxLength }
        var first: UInt8 { UInt8(truncatingIfNeeded: key.low) }
    }

    static func classifyPacked(_ hint: String) -> (reason: RemovalReason, strong: Bool)? {
        withPackedTokens(hint) { tokens, _ in classify(tokens: tokens) }
    }

    /// `isArticleBody` on packed tokens (the String version is the tested reference).
    static func isArticleBodyPacked(_ hint: String) -> Bool {
        withPackedTokens(hint) { tokens, bytes in
            for index in tokens.indices {
                let token = tokens[index]
                if token.fitsKey, packedArticleBodyTokens.contains(token.key) { return true }
                if token.count > 11, hasArticleBodySuffix(token, bytes) { return true }
                if index + 1 < tokens.count, token.fitsKey, tokens[index + 1].fitsKey {
                    let next = tokens[index + 1].key
                    if packedArticleBodyPairs.contains(where: { $0.0 == token.key && $0.1 == next }) { return true }
                }
            }
            return false
        }
    }

    private static func hasArticleBodySuffix(_ token: PackedToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.fitsKey { return packedArticleBodyTokenList.contains { token.key.hasSuffix($0) } }
        // Past the key: compare the token's last bytes, lower-cased, with each word.
        return articleBodyTokenBytes.contains { word in
            let end = token.start + token.count
            return zip(word, bytes[(end - word.count)..<end]).allSatisfy { expected, byte in
                expected == (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
    }

    /// The hint's tokens (runs of ASCII letters and digits, as `tokenize` splits them) and its bytes.
    private static func withPackedTokens<R>(
        _ hint: String, _ body: (UnsafeBufferPointer<PackedToken>, UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        var copy = hint
        return copy.withUTF8 { bytes -> R in
            // At most one token per two bytes (a token and a separator).
            withUnsafeTemporaryAllocation(of: PackedToken.self, capacity: bytes.count / 2 + 1) { storage -> R in
                var count = 0
                var index = 0
                while index < bytes.count {
                    guard isTokenByte(bytes[index]) else { index += 1; continue }
                    let start = index
                    while index < bytes.count, isTokenByte(bytes[index]) { index += 1 }
                    let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    storage.initializeElement(
                        at: count, to: PackedToken(key: PackedWordSet.Key(lowercasing: token), count: token.count, start: start))
                    count += 1
                }
                defer { storage.baseAddress?.deinitialize(count: count) }
                return body(UnsafeBufferPointer(rebasing: storage[0..<count]), bytes)
            }
        }
    }

    /// The rules of `classifyByStrings`, token for token.
    private static func classify(tokens: UnsafeBufferPointer<PackedToken>) -> (reason: RemovalReason, strong: Bool)? {
        if tokens.isEmpty { return nil }
        let mentionsContent = tokens.contains { $0.fitsKey && packedContentTokens.contains($0.key) }
        var weak: RemovalReason?
        for index in tokens.indices {
            if index > 0, tokens[index - 1].fitsKey, Prefix.stateWords.contains(tokens[index - 1].key) { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let strong = strongReason(tokens[index], next: next) { return (strong, !mentionsContent) }
            if weak == nil { weak = weakReason(tokens[index], next: next) }
        }
        guard let weak, !mentionsContent else { return nil }
        return (weak, false)
    }

    private static func strongReason(_ token: PackedToken, next: PackedToken?) -> RemovalReason? {
        if token.fitsKey, let reason = packedStrongTokens.reason(for: token.key) { return reason }
        // The prefix rules below all start with a, c, n, r or s: other tokens skip them.
        let first = token.first
        let opensPrefixRule = first == 0x61 || first == 0x63 || first == 0x6E || first == 0x72 || first == 0x73
        if opensPrefixRule, token.key.hasPrefix(Prefix.comment) && !token.key.hasPrefix(Prefix.commentar) { return .comments }
        if let next, let reason = pairReason(token, next, in: packedStrongPairs) { return reason }
        guard opensPrefixRule else { return nil }
        let key = token.key
        if key.hasPrefix(Prefix.advert) || key.hasPrefix(Prefix.adslot) || key.hasPrefix(Prefix.adunit) { return .advertisement }
        if key.hasPrefix(Prefix.related) { return .related }
        if key.hasPrefix(Prefix.newsletter) { return .newsletter }
        if key.hasPrefix(Prefix.social) || key.hasPrefix(Prefix.share) { return .share }
        return nil
    }

    private static func weakReason(_ token: PackedToken, next: PackedToken?) -> RemovalReason? {
        if let next, token.fitsKey, next.fitsKey, token.key == Prefix.hidden, Prefix.breakpoints.contains(next.key) { return nil }
        if token.fitsKey, let reason = packedWeakTokens.reason(for: token.key) { return reason }
        if let next { return pairReason(token, next, in: packedWeakPairs) }
        return nil
    }

    /// The reason of the pair "token next", when both fit a key and the pair is listed.
    private static func pairReason(
        _ token: PackedToken, _ next: PackedToken, in pairs: [(PackedWordSet.Key, PackedWordSet.Key, RemovalReason)]
    ) -> RemovalReason? {
        guard token.fitsKey, next.fitsKey else { return nil }
        for (first, second, reason) in pairs where first == token.key && second == next.key { return reason }
        return nil
    }

    /// ASCII letters and digits, either case: what `tokenize` keeps.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private enum Prefix {
        static let comment = key("comment"), commentar = key("commentar"), advert = key("advert"), adslot = key("adslot")
        static let adunit = key("adunit"), related = key("related"), newsletter = key("newsletter"), social = key("social")
        static let share = key("share"), hidden = key("hidden")
        static let breakpoints = responsiveBreakpoints.map { key("\($0)") }
        static let stateWords = BoilerplateHints.stateWords.map(key)
        private static func key(_ word: String) -> PackedWordSet.Key { PackedWordSet.Key(Array(word.utf8)) }
    }

    private static let packedStrongTokens = PackedWordTable(strongTokens.map { (key: $0.key, value: $0.value) })
    private static let packedWeakTokens = PackedWordTable(weakTokens.map { (key: $0.key, value: $0.value) })
    private static let packedContentTokens = PackedWordSet(contentTokens.map { Array($0.utf8) })
    private static let packedArticleBodyTokens = PackedWordSet(articleBodyTokens.map { Array($0.utf8) })
    private static let packedArticleBodyTokenList = articleBodyTokens.map { PackedWordSet.Key(Array($0.utf8)) }
    private static let articleBodyTokenBytes = articleBodyTokens.map { Array($0.utf8) }
    private static let packedArticleBodyPairs = packedPairs(Dictionary(uniqueKeysWithValues: articleBodyPairs.map { ($0, RemovalReason.related) }))
        .map { ($0.0, $0.1) }
    private static let packedStrongPairs = packedPairs(strongPairs)
    private static let packedWeakPairs = packedPairs(weakPairs)

    private static func packedPairs(_ pairs: [String: RemovalReason]) -> [(PackedWordSet.Key, PackedWordSet.Key, RemovalReason)] {
        pairs.compactMap { pair, reason in
            let words = pair.split(separator: " ")
            guard words.count == 2 else { return nil }
            return (PackedWordSet.Key(Array(words[0].utf8)), PackedWordSet.Key(Array(words[1].utf8)), reason)
        }
    }
}
