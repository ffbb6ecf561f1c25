import Testing
@testable import Cleaning

/// `BoilerplateHints.classify` reads packed tokens; it must answer exactly as the String version.
@Suite struct PackedHintClassifierTests {
    /// Every table word, pair word and prefix, with variants around the 16-byte key limit.
    static let vocabulary: [String] = {
        var words = Set(BoilerplateHints.strongTokens.keys).union(BoilerplateHints.weakTokens.keys)
            .union(BoilerplateHints.contentTokens)
        for pair in Array(BoilerplateHints.strongPairs.keys) + Array(BoilerplateHints.weakPairs.keys) {
            for word in pair.split(separator: " ") { words.insert(String(word)) }
        }
        words.formUnion(BoilerplateHints.responsiveBreakpoints.map { "\($0)" })
        words.formUnion(BoilerplateHints.stateWords)
        for word in BoilerplateHints.articleBodyTokens { words.insert(word); words.insert("x" + word); words.insert("longprefixof" + word) }
        for pair in BoilerplateHints.articleBodyPairs { for word in pair.split(separator: " ") { words.insert(String(word)) } }
        let stems = ["comment", "commentary", "commentar", "advert", "adslot", "adunit", "related", "newsletter", "social",
                     "share", "col", "md", "x", "Main", "ARTICLE", "Sidebar", "ReadMore"]
        for stem in stems {
            words.insert(stem)
            words.insert(stem + "s")
            words.insert(stem + "widgetcontainer")  // past 16 bytes
            words.insert(String((stem + "abcdefghijklmnop").prefix(16)))
        }
        return words.sorted()
    }()

    @Test func tablesFitThePackedKeys() {
        for word in BoilerplateHints.strongTokens.keys { #expect(word.utf8.count <= PackedWordSet.maxLength, "\(word)") }
        for word in BoilerplateHints.weakTokens.keys { #expect(word.utf8.count <= PackedWordSet.maxLength, "\(word)") }
        for word in BoilerplateHints.contentTokens { #expect(word.utf8.count <= PackedWordSet.maxLength, "\(word)") }
    }

    @Test func packedClassifyMatchesTheStringVersion() {
        let separators = [" ", "-", "__", " itemprop-", "é"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var hints = Self.vocabulary + ["Article-Body", "STORYBODY", "entry content", "post-content-wrapper", "main content",
                                       "somethingveryLONGArticleBody", "xxxxxxxxxxxxxxxxxxxxxxarticlebody", "itemprop-articlebody", "", "--", "read more", "sr-only", "screen-reader-text", "most read", "main-content has-nav",
                                       "hidden md:block", "feedback hidden", "sm:flex hidden", "is-hidden"]
        for _ in 0..<6000 {
            var hint = ""
            for position in 0..<(1 + next(4)) {
                if position > 0 { hint += separators[next(separators.count)] }
                hint += Self.vocabulary[next(Self.vocabulary.count)]
            }
            hints.append(hint)
        }
        for hint in hints {
            #expect(BoilerplateHints.isArticleBody(hint) == BoilerplateHints.isArticleBodyByStrings(hint), "\(hint)")
            let packed = BoilerplateHints.classify(hint)
            let reference = BoilerplateHints.classifyByStrings(hint)
            #expect(packed?.reason == reference?.reason && packed?.strong == reference?.strong, "\(hint)")
        }
    }
}
