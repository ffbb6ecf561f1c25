import ArgumentParser
import Articles
import Enrichment
import Foundation
import StageRuntime

/// `newsflow process FILE`: one article through all three transforms, offline.
struct ProcessFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Run one file through all transforms without Kafka and print the enriched record as JSON."
    )
    @Option(help: "text/plain, text/html or application/json (default: from the file extension).") var contentType: String?
    @Flag(help: "One line of JSON, exactly the bytes articles.enriched would carry.") var compact = false
    @Option(help: "Largest article accepted in bytes (env NEWSFLOW_MAX_ARTICLE_BYTES; default 16 MiB), as the workers.")
    var maxArticleBytes: Int?
    @Argument(help: "Article file (.txt, .html, or a .json envelope).") var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let type = contentType ?? Self.contentType(forExtension: (file as NSString).pathExtension)
        let environmentLimit = ProcessInfo.processInfo.environment[WorkerEnvironment.maxArticleBytes].flatMap { Int($0) }
        let limit = maxArticleBytes ?? environmentLimit ?? 16 * 1024 * 1024
        guard limit > 0 else {
            throw ValidationError("--max-article-bytes must be a positive number of bytes")
        }
        let pipeline = try OfflinePipeline(maxArticleBytes: limit)
        do {
            let output = try pipeline.process(Array(data), contentType: type)
            if compact {
                print(String(decoding: output.value, as: UTF8.self))
            } else {
                print(try ArticleJSON.prettyEncode(try ArticleJSON.decode(ArticleRecord.self, from: output.value)))
            }
        } catch {
            FileHandle.standardError.write(Data("newsflow: \(error)\n".utf8))
            throw ExitCode(2)
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
