import Evaluation
import ArgumentParser
import Articles
import Cleaning
import Foundation

/// `newsflow eval extraction`: runs the cleaner over a benchmark of HTML pages and scores
/// the bodies with the same metric as `shared/tools/eval_extraction.py`.
struct EvalExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score article-body extraction on a benchmark (DIR/html/ID.html.gz + DIR/ground-truth.json).")

    @Option(help: "Benchmark folder holding ground-truth.json and html/ID.html.gz.")
    var data: String

    @Option(help: "File of ids to score (one a line, '#' comments); default: every id in the truth.")
    var ids: String?

    @Option(help: "Where to write the predictions as {id: {\"articleBody\": ...}}.")
    var output: String

    func run() async throws {
        let corpus = try BenchmarkCorpus(folder: data, idsFile: ids)
        let cleaner = ArticleCleaner()
        var predictions: [String: String] = [:]
        var failures: [String: Int] = [:]
        var seconds = 0.0
        var bytes = 0
        let clock = ContinuousClock()
        for id in corpus.ids {
            let html = try corpus.page(id)
            bytes += html.utf8.count
            let article = RawArticle(id: id, contentType: .html, body: html)
            var body = ""
            let elapsed = clock.measure {
                do { body = try cleaner.clean(article).text } catch { failures[String(describing: error), default: 0] += 1 }
            }
            seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            predictions[id] = body
        }
        try PredictionFile.write(predictions, to: output)
        let summary = ExtractionScorer.score(truth: corpus.truth, predictions: predictions, ids: corpus.ids)
        print("pages      \(summary.pages)")
        print("empty      \(summary.empty)  (prediction with no word token; left out of the precision mean)")
        for (reason, count) in failures.sorted(by: { $0.key < $1.key }) { print("error      \(count)× \(reason)") }
        print("precision  \(format(summary.precision))")
        print("recall     \(format(summary.recall))")
        print("accuracy   \(format(summary.accuracy))")
        print("f1         \(format(summary.f1))")
        print(String(format: "speed      %.0f pages/s, %.1f MB/s on one core (extraction only, %.3f s for %.1f MB)",
                     Double(summary.pages) / seconds, Double(bytes) / 1e6 / seconds, seconds, Double(bytes) / 1e6))
        print("F1 \(format(summary.f1))")
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// The benchmark folder: truth, ids and gzipped pages.
struct BenchmarkCorpus {
    let folder: URL
    let truth: [String: String]
    let ids: [String]

    init(folder path: String, idsFile: String?) throws {
        folder = URL(fileURLWithPath: path)
        let truthData = try Data(contentsOf: folder.appendingPathComponent("ground-truth.json"))
        guard let object = try JSONSerialization.jsonObject(with: truthData) as? [String: Any] else {
            throw ValidationError("\(path)/ground-truth.json is not a JSON object of {id: {\"articleBody\": ...}}")
        }
        var truth: [String: String] = [:]
        for (id, value) in object {
            truth[id] = ((value as? [String: Any])?["articleBody"] as? String) ?? (value as? String) ?? ""
        }
        self.truth = truth
        if let idsFile {
            let wanted = try String(contentsOfFile: idsFile, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let id = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                    .trimmingCharacters(in: .whitespaces) ?? ""
                return id.isEmpty ? nil : id
            }
            if let unknown = wanted.first(where: { truth[$0] == nil }) {
                throw ValidationError("id \(unknown) in \(idsFile) is not in the ground truth")
            }
            ids = Array(Set(wanted)).sorted()
        } else {
            ids = truth.keys.sorted()
        }
    }

    /// The page's HTML, gunzipped with the system's gzip and decoded like the pipeline does.
    func page(_ id: String) throws -> String {
        let path = folder.appendingPathComponent("html/\(id).html.gz").path
        let bytes = try Gunzip.read(path)
        // Valid UTF-8 is UTF-8 whatever the page declares (many pages declare Latin-1 and send UTF-8).
        if TextDecoding.firstInvalidUTF8Offset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
        return (try? TextDecoding.decode(bytes, declaredCharset: nil)) ?? String(decoding: bytes, as: UTF8.self)
    }
}

/// Reads .gz files by running `gzip -dc` (Foundation has no gzip, and I/O is not timed).
enum Gunzip {
    static func read(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec gzip -dc \"$0\"", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("gzip could not read \(path)") }
        return [UInt8](data)
    }
}

enum PredictionFile {
    static func write(_ predictions: [String: String], to path: String) throws {
        let object = predictions.mapValues { ["articleBody": $0] }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
