import Articles
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kafka
import Logging
import StageRuntime
import Synchronization
@testable import WebView

/// An article whose every field is hostile: script tags, `javascript:` links, quotes that try
/// to leave an attribute (plain, and followed by a combining mark, which swift-mustache's own
/// escaping misses), and right-to-left overrides.
enum Hostile {
    static let rlo = "\u{202E}"
    static let id = #"x"><script>alert('id')</script>"#
    static let title = "<script>alert('title')</script> Breaking \(rlo)gpj.exe \" onmouseover=\"alert('t')\" x=\"\u{301} autofocus onfocus=alert('t2') x="
    static let author = #""><img src=x onerror=alert('author')>"#
    static let url = "javascript:alert('url')"
    static let site = "<svg onload=alert('site')>"
    static let text = [
        "Officials said <script>alert('text')</script> was found \(rlo)in the page.",
        "A \"quoted <b onmouseover=alert(1)>claim\" by Mallory \" onclick=\"alert('q')",
        "Mallory <a href=\"javascript:alert('link')\">click</a> said \"\u{301} onfocus=alert(9) x=\" again.",
    ].joined(separator: "\n\n")

    static func record() -> ArticleRecord {
        let scalars = Array(text.unicodeScalars)
        func offset(of needle: String, after: Int = 0) -> Int {
            let n = Array(needle.unicodeScalars)
            for i in after...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n { return i }
            fatalError("\(needle) not in text")
        }
        var paragraphs: [TextSpan] = []
        var start = 0
        for part in text.components(separatedBy: "\n\n") {
            let length = part.unicodeScalars.count
            paragraphs.append(TextSpan(start: start, end: start + length))
            start += length + 2
        }
        let m1 = offset(of: "Mallory")
        let m2 = offset(of: "Mallory", after: m1 + 1)
        let scriptAt = offset(of: "<script>")
        let quoteStart = offset(of: "quoted")
        let quoteEnd = offset(of: "claim") + 5
        let entities = [
            Entity(id: "e1\" onmouseover=\"alert('eid')", name: "Mallory <img src=x onerror=alert('name')>", type: .person, mentions: [
                Mention(text: "Mallory", start: m1, end: m1 + 7), Mention(text: "Mallory", start: m2, end: m2 + 7),
            ]),
            Entity(id: "e2", name: "<script>alert('org')</script>", type: .organization, mentions: [
                Mention(text: "<script>", start: scriptAt, end: scriptAt + 8),
            ]),
        ]
        let quotes = [
            Quote(text: "quoted <b onmouseover=alert(1)>claim", start: quoteStart, end: quoteEnd, kind: .full,
                  speaker: "Mallory\" onmouseover=\"alert('speaker')", speakerId: "e1\" onmouseover=\"alert('eid')", cue: "<i>said</i>"),
        ]
        let clean = CleanSection(
            title: title, byline: "By \(author)", authors: [author, "Eve \(rlo)evE"], publishedAt: "2024-01-01\"><script>alert(1)</script>",
            language: "en", url: url, siteName: site, text: text, paragraphs: paragraphs,
            removed: [RemovedBlock(text: "<form action=javascript:alert('removed')><input name=x></form>", reason: "comment-form\"><script>alert('reason')</script>")])
        return ArticleRecord(
            id: id, url: url, source: site, title: title, publishedAt: "2024", language: "en", contentType: .html,
            clean: clean, entities: entities, quotes: quotes)
    }
}

/// A replayer that records what it was asked and sends nothing.
final class RecordingReplayer: DeadLetterReplaying {
    let calls = Mutex<[(filter: DeadLetterFilter, again: Bool, dryRun: Bool)]>([])

    func replay(_ filter: DeadLetterFilter, again: Bool, dryRun: Bool) throws -> DeadLetterReplayer.Report {
        calls.withLock { $0.append((filter, again, dryRun)) }
        return DeadLetterReplayer.Report(dryRun: dryRun)
    }

    var sends: Int { calls.withLock { $0.filter { !$0.dryRun }.count } }
}

enum ViewFixtures {
    static func state(replayer: (any DeadLetterReplaying)? = nil) -> ViewState {
        ViewState(
            articles: ArticleWindow(capacity: 100), deadLetters: DeadLetterWindow(capacity: 100), topology: PipelineTopology(),
            replayer: replayer)
    }

    static func app(_ state: ViewState, token: String? = nil) -> some ApplicationProtocol {
        Application(router: ViewServer.router(state: state, access: AccessPolicy(token: token), logger: Logger(label: "test")))
    }

    static func deadLetter(value: [UInt8], key: String?, error: String, stage: String = "cleaner", offset: Int64 = 0) -> KafkaRecord {
        KafkaRecord(
            topic: Topics.deadLetter, partition: 0, offset: KafkaOffset(rawValue: offset), key: key.map { Array($0.utf8) }, value: value,
            headers: [
                KafkaHeader(key: "newsflow-error", string: error), KafkaHeader(key: "newsflow-stage", string: stage),
                KafkaHeader(key: "newsflow-source-topic", string: Topics.raw), KafkaHeader(key: "newsflow-source-partition", string: "0"),
                KafkaHeader(key: "newsflow-source-offset", string: "\(offset)"),
            ],
            timestampMs: 1_700_000_000_000)
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }
}
