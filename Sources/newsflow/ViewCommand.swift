import ArgumentParser
import Foundation
import Logging
import StageRuntime
import WebView
import WorkerApp

/// `newsflow view`: web pages over the pipeline (articles, dead letters, lag) with replay.
struct ViewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Serve web pages over the pipeline: enriched articles, dead letters, lag; replay dead letters.",
        discussion: "Binds 127.0.0.1:\(ViewDefaults.port) by default. Any other address needs NEWSFLOW_VIEW_TOKEN (at least 16 characters)."
    )
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: PipelineTopicOptions
    @Option(help: ArgumentHelp(ViewSettings.host.help)) var host: String?
    @Option(help: ArgumentHelp(ViewSettings.port.help)) var port: Int?
    @Option(help: ArgumentHelp(ViewSettings.token.help + " Prefer the variable: a flag shows in the process list.")) var token: String?
    @Option(help: ArgumentHelp(ViewSettings.articleWindow.help)) var articles: Int?
    @Option(help: ArgumentHelp(ViewSettings.deadLetterWindow.help)) var deadLetters: Int?
    @Option(help: "swift-log level (env NEWSFLOW_LOG_LEVEL; default info).") var logLevel: String?

    func run() async throws {
        var flags = topics.flags
        flags[ViewSettings.host] = host
        flags[ViewSettings.port] = port.map(String.init)
        flags[ViewSettings.token] = token
        flags[ViewSettings.articleWindow] = articles.map(String.init)
        flags[ViewSettings.deadLetterWindow] = deadLetters.map(String.init)
        flags[WorkerSettings.logLevel] = logLevel
        let settings = SettingsReader(flags: flags)
        let runtime: ViewRuntime
        do {
            let host = settings.string(ViewSettings.host) ?? ViewDefaults.host
            let access = try AccessPolicy.check(host: host, token: settings.string(ViewSettings.token))
            runtime = ViewRuntime(
                host: host, port: try settings.integer(ViewSettings.port, in: 0...65535) ?? ViewDefaults.port, access: access,
                topology: topics.topology(settings), kafkaProperties: try kafka.properties(),
                articleWindow: try settings.integer(ViewSettings.articleWindow, in: 1...1_000_000) ?? ViewDefaults.articleWindow,
                deadLetterWindow: try settings.integer(ViewSettings.deadLetterWindow, in: 1...1_000_000) ?? ViewDefaults.deadLetterWindow,
                replayGroup: topics.ledgerGroup(settings))
        } catch let error as AccessPolicy.Refusal {
            throw ValidationError(error.description)
        } catch let error as ConfigurationError {
            throw ValidationError(error.description)
        }
        let level = settings.string(WorkerSettings.logLevel).flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        LoggingSetup.bootstrap(format: .text, level: level)
        var logger = Logger(label: "newsflow.view")
        logger.logLevel = level
        let shownHost = runtime.host.contains(":") ? "[\(runtime.host)]" : runtime.host
        try await runtime.run(logger: logger) { port in
            FileHandle.standardOutput.write(Data("newsflow view: http://\(shownHost):\(port)/ (Kafka \(kafka.bootstrapServers); articles from \(runtime.topology.enriched), dead letters from \(runtime.topology.deadLetters)\(runtime.access.token == nil ? "" : "; token required"))\n".utf8))
        }
    }
}
