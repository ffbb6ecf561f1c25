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
        abstract: "Score article-body extraction on one or more benchmarks (DIR/html/ID.html.gz + DIR/ground-truth.json).",
        discussion: """
            With one set the figures are printed as lines (the last is `F1 x`). With several sets
            (`--data` given more than once, or `--sets FILE`) one row a set is printed, then the
            macro average over the sets; the last line is `F1 x` of that average.
            In --output and --compare, `{set}` stands for each set's folder name.
            """)

    @Option(help: "Benchmark folder holding ground-truth.json and html/ID.html.gz (repeatable).")
    var data: [String] = []

    @Option(help: "File listing benchmark folders, one a line ('#' comments; relative to the file).")
    var sets: String?

    @Option(help: "File of ids to score (one a line, '#' comments); default: every id in the truth. One set only.")
    var ids: String?

    @Option(help: "Where to write the predictions as {id: {\"articleBody\": ...}}; with several sets it must hold {set}.")
    var output: String?

    @Option(name: .customLong("per-page"), help: "Write each page's figures (set, id, P, R, F1, path, words, peer F1) as TSV.")
    var perPage: String?

    @Option(help: "Another tool's predictions ({id: {\"articleBody\": ...}}, {set} for several sets): per-page F1 side by side.")
    var compare: String?

    @Option(help: "How many pages where the compared tool wins most to list.")
    var top: Int = 15

    func validate() throws {
        if data.isEmpty && sets == nil { throw ValidationError("give --data DIR (repeatable) or --sets FILE") }
    }

    func run() async throws {
        let folders = try ExtractionSetList.folders(data: data, setsFile: sets)
        guard ids == nil || folders.count == 1 else { throw ValidationError("--ids works with one set only") }
        let several = folders.count > 1
        if several {
            for (name, template) in [("--output", output), ("--compare", compare)] {
                if let template, !template.contains("{set}") { throw ValidationError("\(name) must hold {set} with several sets") }
            }
        }
        var results: [ExtractionSetResult] = []
        for folder in folders {
            let corpus = try BenchmarkCorpus(folder: folder, idsFile: ids)
            let name = corpus.folder.lastPathComponent
            var result = try ExtractionSetResult.run(name: name, corpus: corpus)
            if let output { try PredictionFile.write(result.predictions, to: output.replacingOccurrences(of: "{set}", with: name)) }
            if let compare { try result.compare(with: compare.replacingOccurrences(of: "{set}", with: name)) }
            results.append(result)
        }
        if let perPage { try ExtractionSetResult.writePerPage(results, to: perPage) }
        if several {
            ExtractionSetResult.printTable(results)
        } else if let result = results.first {
            printSingle(result)
        }
        if compare != nil { ExtractionSetResult.printPeerWins(results, top: top) }
        let macroF1 = results.map(\.summary.f1).reduce(0, +) / Double(max(1, results.count))
        print("F1 \(format(macroF1))")
    }

    /// The one-set report, line by line as before (scripts parse `F1 x`).
    private func printSingle(_ result: ExtractionSetResult) {
        let summary = result.summary
        print("pages      \(summary.pages)")
        print("empty      \(summary.empty)  (prediction with no word token; left out of the precision mean)")
        for (reason, count) in result.failures.sorted(by: { $0.key < $1.key }) { print("error      \(count)× \(reason)") }
        print("precision  \(format(summary.precision))")
        print("recall     \(format(summary.recall))")
        print("accuracy   \(format(summary.accuracy))")
        print("f1         \(format(summary.f1))")
        let paths = result.pathCounts.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("paths      \(paths)")
        print(String(format: "speed      %.0f pages/s, %.1f MB/s on one core (extraction only, %.3f s for %.1f MB)",
                     Double(summary.pages) / result.seconds, Double(result.bytes) / 1e6 / result.seconds, result.seconds,
                     Double(result.bytes) / 1e6))
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}


enum PredictionFile {
    static func write(_ predictions: [String: String], to path: String) throws {
        let object = predictions.mapValues { ["articleBody": $0] }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
