import ArgumentParser
import Articles
import Enrichment
import Foundation
import StageRuntime
import WebView

/// `newsflow process FILE`: one article through all three transforms, offline.
struct ProcessFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Run one file through all transforms without Kafka and print the enriched record as JSON (or, with --html, as a web page)."
    )
    @Option(help: "text/plain, text/html or application/json (default: from the file extension).") var contentType: String?
    @Flag(help: "One line of JSON, exactly the bytes articles.enriched would carry.") var compact = false
    @Flag(help: "The article page of newsflow view as one self-contained HTML file (inline style, no script, nothing loaded from elsewhere).") var html = false
    @Flag(help: "With --html: show the removed blocks with their reasons (the audit view).") var audit = false
    @Option(help: ArgumentHelp(WorkerSettings.maxArticleBytes.help)) var maxArticleBytes: Int?
    @Option(help: ArgumentHelp(WorkerSettings.maxTextBytes.help)) var maxTextBytes: Int?
    @Option(help: ArgumentHelp(WorkerSettings.maxRecordBytes.help)) var maxRecordBytes: Int?
    @Argument(help: "Article file (.txt, .html, or a .json envelope).") var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let type = contentType ?? Self.contentType(forExtension: (file as NSString).pathExtension)
        let pipeline = try OfflinePipeline(budgets: try Self.budgets(
            maxArticleBytes: maxArticleBytes, maxTextBytes: maxTextBytes, maxRecordBytes: maxRecordBytes))
        do {
            let output = try pipeline.process(Array(data), contentType: type)
            if html {
                let record = try ArticleJSON.decode(ArticleRecord.self, from: output.value)
                FileHandle.standardOutput.write(Data(try ArticleHTML.offline(record, audit: audit).utf8))
            } else if compact {
                print(String(decoding: output.value, as: UTF8.self))
            } else {
                print(try ArticleJSON.prettyEncode(try ArticleJSON.decode(ArticleRecord.self, from: output.value)))
            }
        } catch {
            FileHandle.standardError.write(Data("newsflow: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// The three budgets from flags, then environment, then defaults, as a worker reads them.
    static func budgets(maxArticleBytes: Int?, maxTextBytes: Int?, maxRecordBytes: Int?) throws -> ArticleBudgets {
        var flags: [Setting: String] = [:]
        flags[WorkerSettings.maxArticleBytes] = maxArticleBytes.map(String.init)
        flags[WorkerSettings.maxTextBytes] = maxTextBytes.map(String.init)
        flags[WorkerSettings.maxRecordBytes] = maxRecordBytes.map(String.init)
        let settings = SettingsReader(flags: flags)
        do {
            let range = 1...Int(Int32.max)
            return ArticleBudgets(
                maxArticleBytes: try settings.integer(WorkerSettings.maxArticleBytes, in: range) ?? ArticleLimits.defaultMaxArticleBytes,
                maxTextBytes: try settings.integer(WorkerSettings.maxTextBytes, in: range) ?? ArticleLimits.defaultMaxTextBytes,
                maxRecordBytes: try settings.integer(WorkerSettings.maxRecordBytes, in: range) ?? ArticleLimits.defaultMaxRecordBytes)
        } catch {
            throw ValidationError(error.description)
        }
    }

    static func contentType(forExtension ext: String) -> String {
        switch ext.lowercased() {
        case "html", "htm": "text/html"
        case "json": "application/json"
        default: "text/plain"
        }
    }
}
