import Foundation
import Testing
@testable import Cleaning

/// `JSONLDReader` replaced `JSONSerialization`: it must accept and refuse the same texts
/// and decode strings to the same values, and stay bounded on hostile input.
@Suite struct JSONLDReaderTests {
    static let cases: [String] = [
        #"{"a":"1","a":"2"}"#, #"{"a":"\ud800"}"#, #"{"a":"\udc00x"}"#, #"{"a":"\ud83d\ude00"}"#, "{\"a\":\"x\ny\"}",
        "{\"a\":\"x\ty\"}", #"{"a":01}"#, #"{"a":1.}"#, #"{"a":-}"#, #"{"a":1e5}"#, #"{"a":.5}"#, "\u{FEFF}{\"a\":\"b\"}",
        #"{"a":"b"} x"#, #"{"a":"b"}  "#, #"{"a":"b",}"#, #"["a",]"#, #"{"a":"\x"}"#, #"{"a":"\u00e9"}"#, #""str""#, "  ", "",
        #"{"a":tru}"#, #"{"a":true}"#, #"{"a":nul}"#, #"{"a":"\/"}"#, #"{"a":1E+2}"#, #"{"a":-0}"#, #"{"a":1e}"#, #"{'a':1}"#,
        #"{"a":"\u0000"}"#, "{\"a\":\"\u{7F}\"}", #"{"a":NaN}"#, #"{"a":1e400}"#, "[,]", "{,}", "[1,,]", "{\"a\":1,,}", "[1 , ]",
        "[\u{C}1]", "1e308", "1e309", "1e-400", String(repeating: "9", count: 400), "00", "-01", "2.", "1e+", "+1",
        "{\"a\" 1}", "{\"a\":}", "[true,false,null]", #"{"a":[1,{"b":"c",},],}"#, "\"\\ud83d\\u0041\"", "\"\\u004G\"",
        "[1]]", "[[1]", "[1 2]", "\u{FEFF}\u{FEFF}1", "{\"a\u{1}\":1}", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
        String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        #"{"@type":"NewsArticle","headline":"Budget passes","author":[{"name":"Jane Doe"}]}"#,
    ]

    /// The value Foundation gives, reduced the same way (numbers, booleans, null → `.other`).
    static func foundation(_ text: String) -> JSONLDValue? {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return reduce(value)
    }

    static func reduce(_ value: Any) -> JSONLDValue {
        if let text = value as? String { return .string(text) }
        if let object = value as? [String: Any] { return .object(object.mapValues(reduce)) }
        if let array = value as? [Any] { return .array(array.map(reduce)) }
        return .other
    }

    static func same(_ a: JSONLDValue?, _ b: JSONLDValue?) -> Bool {
        switch (a, b) {
        case (nil, nil), (.other?, .other?): return true
        case (.string(let x)?, .string(let y)?): return Array(x.unicodeScalars) == Array(y.unicodeScalars)
        case (.array(let x)?, .array(let y)?): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x)?, .object(let y)?):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
        default: return false
        }
    }

    @Test func acceptsAndDecodesLikeFoundation() {
        for text in Self.cases {
            #expect(Self.same(JSONLDReader.parse(text), Self.foundation(text)), "\(text.prefix(60).debugDescription)")
        }
    }

    /// `value` with only the object members named in `keys`, at every depth.
    static func kept(_ value: JSONLDValue?, _ keys: Set<String>) -> JSONLDValue? {
        switch value {
        case .object(let members)?:
            var kept: [String: JSONLDValue] = [:]
            for (key, member) in members where keys.contains(key) { kept[key] = Self.kept(member, keys) }
            return .object(kept)
        case .array(let elements)?: return .array(elements.map { Self.kept($0, keys) ?? .other })
        default: return value
        }
    }

    @Test func keepingSomeMembersAcceptsTheSameTextsAndDropsOnlyTheOthers() {
        let keys: Set<String> = ["a", "name", "@type"]
        let wrapped = Self.cases.flatMap { text in
            [text, "{\"skip\":\(text)}", "{\"a\":\(text),\"b\":[\(text)]}", "[{\"name\":1,\"x\":\(text)}]", "{\"z\":\(text),\"a\":\"ok\"}"]
        } + [#"{"image":{"url":"x","w":1e400},"a":"y"}"#, #"{"skip":"\ud800"}"#, #"{"skip":"\u12"}"#, #"{"skip":"a\qb"}"#,
             #"{"skip":"\ud83d\ude00","a":"\ud83d\ude00"}"#, "{\"skip\":\"x\ny\"}", #"{"skip":[1,,]}"#, #"{"skip":{"k" 1}}"#,
             #"{"\u0061":"escaped name","naïve":{"a":1},"n\u0061me":"x"}"#, "{\"skip\u{1}\":1}"]
        for text in wrapped {
            let full = JSONLDReader.parse(text)
            let partial = JSONLDReader.parse(text, keeping: keys)
            #expect((full == nil) == (partial == nil), "\(text.prefix(80).debugDescription)")
            #expect(Self.same(partial, Self.kept(full, keys)), "\(text.prefix(80).debugDescription)")
        }
    }

    @Test func deepHugeAndBrokenBlocksAreRefusedOrReadWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONLDReader.parse(deep) == nil)
        let unclosed = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + String(repeating: "x", count: 200_000)
        #expect(JSONLDReader.parse(unclosed) == nil)
        let body = String(repeating: "Word ", count: 50_000)
        let big = "{\"@type\":\"NewsArticle\",\"articleBody\":\"\(body)\",\"author\":{\"name\":\"Jane Doe\"}}"
        let article = JSONLDArticle.read([deep, unclosed, "{\"broken\": [1, 2", big])
        #expect(article.articleBody == body)
        #expect(article.authors == ["Jane Doe"])
    }

    @Test func readsTheArticleObjectFromAGraph() {
        let block = #"{"@graph":[{"@type":"WebPage","headline":"Site"},{"@type":["NewsArticle"],"headline":"  Budget   passes ","#
            + #""datePublished":"2024-05-01","mainEntityOfPage":{"@id":"https://example.com/a"},"publisher":{"name":"Daily"}}]}"#
        let article = JSONLDArticle.read([block])
        #expect(article.headline == "Budget passes")
        #expect(article.datePublished == "2024-05-01")
        #expect(article.url == "https://example.com/a")
        #expect(article.publisherName == "Daily")
    }
}
