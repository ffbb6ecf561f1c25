import Articles
import Foundation
import HTTPTypes
import Hummingbird
import StageRuntime

/// The request handlers: read the query, build a page model, render its template.
struct Pages: Sendable {
    let state: ViewState
    let templates: Templates

    private func chrome(_ section: Chrome.Section?) -> Chrome {
        let counts = state.articles.counts
        return Chrome(
            current: section, status: state.status(),
            footer: "newsflow view · \(counts.held) articles held (window \(state.articles.capacity)) · \(state.deadLetters.total) dead letters read · topics \(state.topology.enriched), \(state.topology.deadLetters)")
    }

    private func render(_ context: Any, _ template: String, status: HTTPResponse.Status = .ok, cookie: String? = nil) throws -> Response {
        ViewServer.html(try templates.render(context, template: template), status: status, cookie: cookie)
    }

    // MARK: Articles

    func list(_ request: Request) throws -> Response {
        let form = FormData(request.uri.query)
        let query = String((form["q"] ?? "").prefix(200))
        let scope = form["in"].flatMap(ArticleWindow.Scope.init(rawValue:)) ?? .any
        let page = ListPage(window: state.articles, query: query, scope: scope, chrome: chrome(.articles), topic: state.topology.enriched)
        return try render(page, "articles")
    }

    func article(_ request: Request) throws -> Response {
        let form = FormData(request.uri.query)
        guard let id = form["id"], let (record, position) = state.articles.article(id: id) else {
            throw HTTPError(.notFound, message: "No article with that id among the \(state.articles.counts.held) newest held by the view.")
        }
        let audit = form["view"] == "audit"
        let base = "/article?" + Format.query([("id", record.id)])
        let extra = [
            ArticlePage.MetaRow(label: "Kafka", text: "\(position.topic)/\(position.partition)@\(position.offset)", href: nil),
            ArticlePage.MetaRow(label: "Enriched", text: Format.time(ms: position.timestampMs), href: nil),
        ]
        let page = ArticlePage(
            record: record, audit: audit, links: (base, base + "&view=audit"), extraMeta: extra, chrome: chrome(.articles))
        return try render(page, "article")
    }

    // MARK: Dead letters

    private func filter(_ form: FormData) -> DeadLetterFilter {
        var positions: Set<DeadLetterPosition>? = nil
        if let p = form["partition"].flatMap({ Int32($0) }), let o = form["offset"].flatMap({ Int64($0) }) {
            positions = [DeadLetterPosition(partition: p, offset: o)]
        }
        return DeadLetterFilter(
            stage: form["stage"], code: form["code"], since: form["since"].flatMap { DeadLetterFilter.parseSince($0) }, positions: positions)
    }

    func deadLetters(_ request: Request) throws -> Response {
        let ledgers = state.replayed()
        let page = DeadLetterPage(
            window: state.deadLetters, filter: filter(FormData(request.uri.query)),
            replayed: { ledgers[$0.partition]?.contains($0.offset.rawValue) == true },
            chrome: chrome(.deadLetters), topic: state.topology.deadLetters)
        return try render(page, "deadLetters")
    }

    struct ReplayConfirm {
        struct Field {
            let name: String
            let value: String
        }

        struct Sample {
            let position: String
            let source: String
            let code: String
            let key: String
        }

        let chrome: Chrome
        let description: String
        let count: Int
        let hasSome: Bool
        let alreadyText: String?
        let sample: [Sample]
        let moreText: String?
        let csrf: String
        let fields: [Field]
        let again: Bool
    }

    struct ReplayDone {
        struct Failure {
            let position: String
            let reason: String
        }

        let chrome: Chrome
        let replayed: Int
        let skipped: Int
        let failedCount: Int
        let failed: [Failure]
    }

    private func describe(_ filter: DeadLetterFilter) -> String {
        var parts: [String] = []
        if let stage = filter.stage { parts.append("stage \(stage)") }
        if let code = filter.code { parts.append("code \(code)") }
        if let since = filter.since { parts.append("since \(Format.time(since))") }
        if let positions = filter.positions { parts.append(positions.sorted().map { "\(state.topology.deadLetters)/\($0.partition)@\($0.offset)" }.joined(separator: ", ")) }
        return parts.isEmpty ? "Every dead letter in \(state.topology.deadLetters)." : "Dead letters of " + parts.joined(separator: ", ") + "."
    }

    func confirmReplay(_ request: Request) async throws -> Response {
        guard let replayer = state.replayer else { throw HTTPError(.serviceUnavailable, message: "Replay is not available here.") }
        let form = FormData(request.uri.query)
        let filter = filter(form)
        let again = form["again"] == "1"
        let report = try await Blocking.run { try replayer.replay(filter, again: again, dryRun: true) }
        let token = CSRFToken.fromCookies(request.headers[.cookie])
        let csrf = token ?? CSRFToken.make()
        let keep = ["stage", "code", "since", "partition", "offset"].compactMap { name in form[name].map { ReplayConfirm.Field(name: name, value: $0) } }
        let page = ReplayConfirm(
            chrome: chrome(.deadLetters), description: describe(filter), count: report.replayed.count, hasSome: !report.replayed.isEmpty,
            alreadyText: report.alreadyReplayed.isEmpty ? nil
                : "\(report.alreadyReplayed.count) matching dead letters were replayed before and are skipped unless you tick “again”.",
            sample: report.replayed.prefix(20).map {
                ReplayConfirm.Sample(position: $0.position, source: $0.sourceTopic ?? "?", code: $0.code, key: $0.keyText ?? "(no key)")
            },
            moreText: report.replayed.count > 20 ? "and \(report.replayed.count - 20) more" : nil,
            csrf: csrf, fields: keep, again: again)
        return try render(page, "replayConfirm", cookie: token == nil ? CSRFToken.setCookie(csrf) : nil)
    }

    func replay(_ request: Request) async throws -> Response {
        guard let replayer = state.replayer else { throw HTTPError(.serviceUnavailable, message: "Replay is not available here.") }
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024)
        let form = FormData(String(buffer: body))
        guard CSRFToken.allows(
            cookie: CSRFToken.fromCookies(request.headers[.cookie]), field: form[CSRFToken.fieldName],
            origin: request.headers[.origin], fetchSite: request.headers[HTTPField.Name("Sec-Fetch-Site")!], host: request.head.authority)
        else {
            throw HTTPError(.forbidden, message: "The replay form's token is missing or does not match: open the replay page again and confirm from there.")
        }
        let filter = filter(form)
        let again = form["again"] == "1"
        let report = try await Blocking.run { try replayer.replay(filter, again: again, dryRun: false) }
        let page = ReplayDone(
            chrome: chrome(.deadLetters), replayed: report.replayed.count, skipped: report.alreadyReplayed.count, failedCount: report.failed.count,
            failed: report.failed.map { ReplayDone.Failure(position: $0.letter.position, reason: $0.reason) })
        return try render(page, "replayDone")
    }

    // MARK: Pipeline

    func pipeline(_ request: Request) throws -> Response {
        let page = PipelinePage(snapshot: state.pipeline(), deadLetters: state.deadLetters, dlqTopic: state.topology.deadLetters, chrome: chrome(.pipeline))
        return try render(page, "pipeline")
    }
}

/// Runs a blocking Kafka call on a dispatch thread, off Swift's cooperative pool.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
