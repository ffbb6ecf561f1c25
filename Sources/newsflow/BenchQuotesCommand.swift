import Evaluation
import Articles
import ArgumentParser
import Foundation
import QuoteAttribution

/// `newsflow bench quotes`: throughput of the quote stage alone on one core, over a JSONL of
/// `{"id","text"}` articles (repeated until the time budget is spent), and peak memory.
struct BenchQuotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Measure quote extraction throughput (articles/s, one core) and peak memory.")

    @OptionGroup var input: QuoteArticlesOption

    @Option(help: "Seconds to keep extracting (the corpus is repeated).")
    var seconds: Double = 5

    func run() async throws {
        let inputs = try QuoteEvalIO.readArticles(path: input.articles)
        guard !inputs.isEmpty else { throw ValidationError("\(input.articles) holds no articles") }
        let prepared = inputs.map { ($0.text, QuoteEvalIO.lineParagraphs($0.text)) }
        let corpusCharacters = inputs.reduce(0) { $0 + $1.text.unicodeScalars.count }
        let extractor = QuoteExtractor()
        var done = 0
        var quotes = 0
        var characters = 0
        let cpuStart = ProcessCPU.seconds()
        let start = ContinuousClock.now
        var elapsed = 0.0
        while elapsed < seconds {
            for (text, paragraphs) in prepared {
                quotes += extractor.quotes(in: text, paragraphs: paragraphs, entities: []).count
            }
            characters += corpusCharacters
            done += prepared.count
            elapsed = start.duration(to: .now).seconds
        }
        let cpu = ProcessCPU.seconds() - cpuStart
        print(String(format: "articles    %d in %.2f s wall, %.2f s CPU  (%d distinct, %d quotes)", done, elapsed, cpu, prepared.count, quotes))
        if cpu > 0 {
            print(String(format: "cpu speed   %.0f articles per CPU-second (unaffected by other load on the machine)", Double(done) / cpu))
        }
        print(String(format: "speed       %.0f articles/s  %.1f MB/s of text (one core, quote stage alone)",
                     Double(done) / elapsed, Double(characters) / elapsed / 1e6))
        if let peak = PeakMemory.residentMegabytes() {
            print(String(format: "memory      %.1f MB peak resident", peak))
        }
    }
}

/// CPU time (user + system) this process has used, so throughput on a shared machine is fair.
enum ProcessCPU {
    static func seconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}

/// Peak resident set size of this process, from /proc (Linux); nil elsewhere.
