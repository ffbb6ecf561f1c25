import Testing
@testable import Cleaning

/// The second speed pass shortens what libxml2 reads and replaces generic scans with
/// byte-level ones; every such path must give the answers of the plain code.
@Suite struct PrefilterCompactionTests {
    static let hints = [
        "col-md-6 article-body", "post related-posts x", "main content", "read-more-link", "Article__Body",
        "sr-only", "screen reader text", "commentary-body", "comments-area", "ad-slot", "newsletterSignup",
        "topbar", "RelatedArticles", "flex items-center justify-between", "story text wrapper", "c-article-bodytext",
        "visually-hidden", "most read list", "share tools", "entry content post", "a b content c d",
        "theArticleBody12345", "js-track card", "x", "--", "Also Read", "more on this story", "sidebar main",
        "hidden md:block", "md:hidden", "feedback hidden", "item no_caption", "has-sidebar", "col-md-6 hidden lg:flex",
    ]

    /// The class value the pre-filter writes for `value` (between two significant hints, so
    /// that an inert value is written as `x` rather than dropped).
    static func compacted(_ value: String) -> String {
        let out = String(decoding: HTMLPrefilter.strip("<div id=\"main\" class=\"\(value)\" role=\"main\">t</div>"), as: UTF8.self)
        guard let start = out.range(of: "class=\""), let end = out[start.upperBound...].firstIndex(of: "\"") else { return "<missing>" }
        return String(out[start.upperBound..<end])
    }

    @Test func compactedHintsClassifyAsWritten() {
        for hint in Self.hints {
            let short = Self.compacted(hint)
            #expect(short.utf8.count <= hint.utf8.count, "\(hint) grew to \(short)")
            let original = BoilerplateHints.classify(hint.lowercased())
            let rewritten = BoilerplateHints.classify(short.lowercased())
            #expect(original?.reason == rewritten?.reason && original?.strong == rewritten?.strong, "\(hint) → \(short)")
            #expect(BoilerplateHints.isArticleBody(hint.lowercased()) == BoilerplateHints.isArticleBody(short.lowercased()),
                    "\(hint) → \(short)")
        }
    }

    @Test func inertRunsBecomeOneToken() {
        #expect(Self.compacted("flex items-center justify-between") == "x")
        #expect(Self.compacted("col-md-6 article-body mt-4") == "x article body x")
        #expect(Self.compacted("Related-Posts") == "Related x")
    }

    @Test func entitiesNonASCIIAndEmptyValuesAreKeptAsWritten() {
        #expect(Self.compacted("a&amp;b article") == "a&amp;b article")
        #expect(Self.compacted("artículo main") == "artículo main")
        #expect(Self.compacted("  ") == "  ")
        #expect(Self.compacted("") == "")
    }

    @Test func repeatedValuesGiveTheSameBytes() {
        let html = "<p class=\"card flex-col related\">a</p><p class=\"card flex-col related\">b</p><p class=\"card\">c</p>"
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(out == "<p class=\"x related\">a</p><p class=\"x related\">b</p><p>c</p>")
    }

    @Test func onlyCanonicalLinksKeepEveryAttribute() {
        let html = "<link rel=\"stylesheet\" href=\"/a.css\" media=all><LINK REL=\"Canonical\" href=\"/story\" data-x=1>"
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(out == "<link><LINK REL=\"Canonical\" href=\"/story\" data-x=1>")
    }

    /// The hint the tree builder records for the first `<div>` of `html`.
    static func divHint(_ html: String) throws -> String? {
        let document = try HTMLParser.parse(html)
        guard let div = document.tags.firstIndex(of: .div) else { return "<no div>" }
        return document.hint(of: div)
    }

    @Test func hintAttributesOfOnlyInertTokensAreDropped() throws {
        #expect(String(decoding: HTMLPrefilter.strip("<div class=\"flex mt-4\" data-id=7>t</div>"), as: UTF8.self) == "<div>t</div>")
        #expect(try Self.divHint("<div class=\"flex\" id=\"comments\">t</div>") == "comments")
        #expect(try Self.divHint("<div id=\"comments\" class=\"flex\">t</div>") == "comments")
    }

    @Test func anInertHintBetweenTwoOthersStillSeparatesThem() throws {
        // "read more" is a pair; with the inert class between them the words are not adjacent.
        let hint = try Self.divHint("<div id=\"read\" class=\"flex\" role=\"more\">t</div>")
        #expect(hint == "read x more")
        #expect(BoilerplateHints.classify(hint ?? "") == nil)
        #expect(BoilerplateHints.classify("read flex more") == nil)
    }

    @Test func aRepeatedHintAttributeIsIgnoredAsLibxml2Ignores() throws {
        // libxml2 keeps the first `class`: dropping that inert one must not let the second through.
        #expect(try Self.divHint("<div class=\"flex\" class=\"comments\">t</div>") == nil)
        #expect(try Self.divHint("<div class=\"comments\" CLASS=\"share\">t</div>") == "comments")
    }

    @Test func relIsKeptOnlyOnLinksThatMayNameTheAuthor() {
        let html = "<a rel=\"noopener\" href=\"/x\">a</a><a REL=\"Author\">b</a><div rel=\"author\">c</div><a rel=\"&#97;uthor\">d</a>"
        let out = String(decoding: HTMLPrefilter.strip(html), as: UTF8.self)
        #expect(out == "<a>a</a><a REL=\"Author\">b</a><div>c</div><a rel=\"&#97;uthor\">d</a>")
    }

    @Test func packedWordSetFindsExactlyItsWords() {
        let set = PackedWordSet(["share", "relatedarticles", "ad"].map { Array($0.utf8) })
        func key(_ text: String) -> PackedWordSet.Key {
            Array(text.utf8).withUnsafeBufferPointer { PackedWordSet.Key(lowercasing: $0) }
        }
        #expect(set.contains(key("SHARE")))
        #expect(set.contains(key("relatedArticles")))
        #expect(set.contains(key("ad")))
        #expect(!set.contains(key("shares")))
        #expect(!set.contains(key("a")))
        #expect(key("newsletters").hasPrefix(PackedWordSet.Key(Array("newsletter".utf8))))
        #expect(!key("news").hasPrefix(PackedWordSet.Key(Array("newsletter".utf8))))
        #expect(key("mainarticlebody").hasSuffix(PackedWordSet.Key(Array("articlebody".utf8))))
        #expect(!key("articlebodyx").hasSuffix(PackedWordSet.Key(Array("articlebody".utf8))))
    }

    /// The byte loop `endOfTag` had before it skipped eight bytes at a time.
    static func referenceEndOfTag(_ s: [UInt8], from: Int) -> Int {
        var i = from
        while i < s.count {
            let c = s[i]
            if c == 0x3E { return i + 1 }
            if c == 0x22 || c == 0x27 {
                var j = i - 1
                while j > from, s[j] == 0x20 { j -= 1 }
                if j >= from, s[j] == 0x3D {
                    guard let close = s[(i + 1)...].firstIndex(of: c) else { return s.count }
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
        return s.count
    }

    @Test func tagEndsAreFoundAsByTheByteLoop() {
        let pieces = [" ", "a", "href", "=", "\"", "'", ">", "x y", "data-long-attribute-name", "é", "= \"", "\u{0}"].map { Array($0.utf8) }
        var seed: UInt64 = 99
        for _ in 0..<3_000 {
            var tag: [UInt8] = Array("<div".utf8)
            for _ in 0..<Int(seed % 24) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                tag += pieces[Int(seed >> 33) % pieces.count]
            }
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let found = HTMLPrefilter.endOfTag(tag.span, from: 4)
            #expect(found == Self.referenceEndOfTag(tag, from: 4), "\(String(decoding: tag, as: UTF8.self))")
        }
    }

    /// The byte-at-a-time check the eight-byte version replaced.
    static func referenceControlShare(_ body: String) -> Double {
        var total = 0, suspicious = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in body.utf8.prefix(16_384) {
            if byte & 0xC0 != 0x80 { total += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                suspicious += 1
            } else if byte == 0xBD && previous == (0xEF, 0xBF) {
                suspicious += 1
            } else if previous.1 == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                suspicious += 1
            }
            previous = (previous.1, byte)
        }
        return total == 0 ? 0 : Double(suspicious) / Double(total)
    }

    @Test func binaryCheckMatchesTheByteLoop() {
        var seed: UInt64 = 0x1234_5678
        let pieces = ["plain text ", "\u{0}", "\u{7F}", "\u{85}", "\u{FFFD}", "\t\n\r", "é", "東京", "\u{1}x", "\u{9F}"]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 64, 200, 5_000] {
            var text = ""
            while text.utf8.count < length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            #expect(BinaryContentDetector.controlShare(text) == Self.referenceControlShare(text), "length \(length)")
        }
        let long = String(repeating: "a\u{1}bcdefgh", count: 3_000)
        #expect(BinaryContentDetector.controlShare(long) == Self.referenceControlShare(long))
    }

    @Test func wordAtATimeSpaceCollapsingMatchesTheByteLoop() {
        var seed: UInt64 = 42
        let pieces: [[UInt8]] = [[0x20], [0x20, 0x20], [0x09], [0x0A], [0x0C], [0x0D], [0x01], [0xC3, 0xA9], Array("word".utf8),
                                 Array("longerword".utf8), [0x41]]
        for length in [0, 1, 7, 8, 9, 16, 17, 33, 100, 1_000] {
            var text: [UInt8] = []
            while text.count < length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            var expected: [UInt8] = []
            var inSpace = false
            for c in text {
                if HTMLPrefilter.isSpace(c) { if !inSpace { expected.append(0x20) }; inSpace = true } else { expected.append(c); inSpace = false }
            }
            var sink = ByteSink(capacity: 1)
            sink.appendCollapsingSpaces(text.span)
            #expect(sink.makeArray() == expected, "length \(length)")
        }
    }

    /// The byte-by-byte whitespace collapsing the eight-byte path must agree with (ASCII input).
    static func referenceCollapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var pending = false
        for c in bytes {
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { pending = true; continue }
            guard c >= 0x20 && c != 0x7F else { continue }
            if pending, !out.isEmpty { out.append(0x20) }
            pending = false
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func wordAtATimeWhitespaceCollapseMatchesTheByteLoop() {
        var seed: UInt64 = 7
        let pieces: [[UInt8]] = [[0x20], [0x20, 0x20], [0x09], [0x0A], [0x7F], [0x01], Array("word".utf8), Array("sentence.".utf8), [0x41]]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40, 300, 2_000] {
            var text: [UInt8] = []
            while text.count < length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let collapsed = text.withUnsafeBufferPointer { TextNormalizer.collapseWhitespace(utf8: $0) }
            #expect(collapsed == Self.referenceCollapse(text), "length \(length)")
        }
    }

    @Test func byteSinkGrowsAndTruncates() {
        var sink = ByteSink(capacity: 4)
        let bytes: [UInt8] = Array("hello world".utf8)
        sink.append(bytes.span)
        sink.truncate(to: 5)
        sink.appendCollapsingSpaces(bytes.span)
        #expect(String(decoding: sink.makeArray(), as: UTF8.self) == "hellohello world")
    }
}
