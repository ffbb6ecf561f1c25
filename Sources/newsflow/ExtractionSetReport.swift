import Evaluation
import ArgumentParser
import Articles
import Cleaning
import Foundation

/// The benchmark folders named on the command line: each `--data`, then each line of
/// `--sets FILE` (relative lines are read against the file's folder), duplicates once.
enum ExtractionSetList {
    static func folders(data: [String], setsFile: String?) throws -> [String] {
        var folders = data
        if let setsFile {
            let base = URL(fileURLWithPath: setsFile).deletingLastPathComponent()
            for line in try String(contentsOfFile: setsFile, encoding: .utf8).split(separator: "\n") {
                let entry = (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .trimmingCharacters(in: .whitespaces)
                guard !entry.isEmpty else { continue }
                folders.append(entry.hasPrefix("/") ? entry : base.appendingPathComponent(entry).path)
            }
        }
        var seen = Set<String>()
        return folders.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }
}

/// One benchmark set run through the cleaner: predictions, the path each page's text
/// came by (`clean.extraction`), per-page scores and the overall summary.
struct ExtractionSetResult {
    struct Page {
        var id: String
        var counts: ExtractionScorer.PageCounts
        var path: String
        var predictedWords: Int
        var truthWords: Int
        var peerF1: Double?

        var f1: Double { Self.f1(counts) }

        static func f1(_ counts: ExtractionScorer.PageCounts) -> Double {
            let p = counts.precision, r = counts.recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    var name: String
    var truth: [String: String]
    var predictions: [String: String]
    var pages: [Page]
    var summary: ExtractionScorer.Summary
    var failures: [String: Int]
    var pathCounts: [String: Int]
    var seconds: Double
    var bytes: Int

    static func run(name: String, corpus: BenchmarkCorpus) throws -> ExtractionSetResult {
        let cleaner = ArticleCleaner()
        var predictions: [String: String] = [:]
        var paths: [String: String] = [:]
        var failures: [String: Int] = [:]
        var seconds = 0.0
        var bytes = 0
        let clock = ContinuousClock()
        for id in corpus.ids {
            let html = try corpus.page(id)
            bytes += html.utf8.count
            let article = RawArticle(id: id, contentType: .html, body: html)
            var body = ""
            var path = "error"
            let elapsed = clock.measure {
                do {
                    let clean = try cleaner.clean(article)
                    body = clean.text
                    path = clean.extraction ?? "main"
                } catch { failures[String(describing: error), default: 0] += 1 }
            }
            seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            predictions[id] = body
            paths[id] = path
        }
        var pages: [Page] = []
        var pathCounts: [String: Int] = [:]
        for id in corpus.ids {
            let truth = corpus.truth[id] ?? "", predicted = predictions[id] ?? ""
            let path = paths[id] ?? "error"
            pathCounts[path, default: 0] += 1
            pages.append(Page(
                id: id, counts: ExtractionScorer.pageCounts(truth: truth, prediction: predicted), path: path,
                predictedWords: ExtractionScorer.tokens(predicted).count, truthWords: ExtractionScorer.tokens(truth).count))
        }
        let summary = ExtractionScorer.score(truth: corpus.truth, predictions: predictions, ids: corpus.ids)
        return ExtractionSetResult(
            name: name, truth: corpus.truth, predictions: predictions, pages: pages, summary: summary, failures: failures,
            pathCounts: pathCounts, seconds: seconds, bytes: bytes)
    }

    /// Reads another tool's predictions for this set and scores them page by page.
    mutating func compare(with path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ValidationError("\(path) is not a JSON object of {id: {\"articleBody\": ...}}")
        }
        let records = (object["output"] as? [String: Any]) ?? object
        for index in pages.indices {
            let id = pages[index].id
            let value = records[id]
            let text = ((value as? [String: Any])?["articleBody"] as? String) ?? (value as? String) ?? ""
            let expected = truth[id] ?? ""
            pages[index].peerF1 = Page.f1(ExtractionScorer.pageCounts(truth: expected, prediction: text))
        }
    }

    static func printTable(_ results: [ExtractionSetResult]) {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
        print("\(pad("set", 14)) pages  empty  P      R      F1     pages/s  paths")
        for result in results {
            let s = result.summary
            let paths = result.pathCounts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("\(pad(result.name, 14)) \(pad(String(s.pages), 6)) \(pad(String(s.empty), 6)) \(f(s.precision))  \(f(s.recall))  \(f(s.f1))  "
                + "\(pad(String(format: "%.0f", Double(s.pages) / max(result.seconds, 1e-9)), 8)) \(paths)")
            for (reason, count) in result.failures.sorted(by: { $0.key < $1.key }) { print("  error \(count)× \(reason)") }
        }
        let n = Double(max(1, results.count))
        let macroP = results.map(\.summary.precision).reduce(0, +) / n
        let macroR = results.map(\.summary.recall).reduce(0, +) / n
        let macroF1 = results.map(\.summary.f1).reduce(0, +) / n
        let pages = results.map(\.summary.pages).reduce(0, +), empty = results.map(\.summary.empty).reduce(0, +)
        let seconds = results.map(\.seconds).reduce(0, +)
        print("\(pad("macro", 14)) \(pad(String(pages), 6)) \(pad(String(empty), 6)) \(f(macroP))  \(f(macroR))  \(f(macroF1))  "
            + String(format: "%.0f", Double(pages) / max(seconds, 1e-9)))
        print("(macro = mean of the sets' figures; P and R are page means as in eval_extraction.py)")
    }

    /// The pages where the compared tool's F1 beats ours by the most, over all sets.
    static func printPeerWins(_ results: [ExtractionSetResult], top: Int) {
        var rows: [(set: String, page: Page, gain: Double)] = []
        var wins = 0, losses = 0
        var peerMeans: [String] = []
        for result in results {
            var peerSum = 0.0, ourSum = 0.0, counted = 0
            for page in result.pages {
                guard let peer = page.peerF1 else { continue }
                counted += 1
                peerSum += peer
                ourSum += page.f1
                if peer > page.f1 + 1e-9 { wins += 1 } else if peer + 1e-9 < page.f1 { losses += 1 }
                rows.append((result.name, page, peer - page.f1))
            }
            if counted > 0 {
                peerMeans.append("\(result.name) ours " + String(format: "%.3f peer %.3f", ourSum / Double(counted), peerSum / Double(counted)))
            }
        }
        print("compare: mean per-page F1 " + peerMeans.joined(separator: "; "))
        print("compare: the peer wins \(wins) pages, we win \(losses)")
        for row in rows.sorted(by: { $0.gain > $1.gain }).prefix(top) where row.gain > 0 {
            print(String(format: "  %+.3f  ", row.gain) + "\(row.set)/\(row.page.id)  ours "
                + String(format: "%.3f", row.page.f1) + " (\(row.page.path), \(row.page.predictedWords) words) peer "
                + String(format: "%.3f", row.page.peerF1 ?? 0) + " (truth \(row.page.truthWords) words)")
        }
    }

    static func writePerPage(_ results: [ExtractionSetResult], to path: String) throws {
        var lines = ["set\tid\tprecision\trecall\tf1\tpath\tpredicted_words\ttruth_words\tpeer_f1"]
        for result in results {
            for page in result.pages {
                let peer = page.peerF1.map { String(format: "%.4f", $0) } ?? ""
                let scores = String(format: "%.4f\t%.4f\t%.4f", page.counts.precision, page.counts.recall, page.f1)
                lines.append("\(result.name)\t\(page.id)\t\(scores)\t\(page.path)\t\(page.predictedWords)\t\(page.truthWords)\t\(peer)")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
