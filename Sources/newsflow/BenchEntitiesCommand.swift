import Evaluation
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import EntityRecognition
import Foundation
import TextProcessing

/// `newsflow bench entities`: throughput of the entity stage on one core (the
/// whole `EntityRecognizer.entities` call: tokenising, sentence splitting, both
/// tagging passes, rules and resolution) and of the bare NER tagger, plus peak RSS.
struct BenchEntities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Measure entity-stage throughput (tokens/s, articles/s) and peak RSS on one core."
    )

    @Option(help: "Folder of sample articles (.txt, .html read as text).") var samples = "samples/articles"
    @Option(help: "CoNLL file whose documents are benchmarked as articles.") var conll = "../shared/data/ner/conll2003_dev.txt"
    @Option(help: "Minimum seconds to run each measurement.") var seconds = 2.0

    func run() async throws {
        let clock = ContinuousClock()
        var recognizer: EntityRecognizer?
        let load = clock.measure { recognizer = try? EntityRecognizer.shipped() }
        guard let recognizer else { throw ValidationError("the shipped NER model could not be loaded") }
        print(String(format: "model load: %.3f s", load.seconds))

        let sampleTexts = try sampleArticles()
        if !sampleTexts.isEmpty {
            measure("samples (\(sampleTexts.count) articles)", sampleTexts.map { ($0, []) }, recognizer)
        } else {
            print("samples: none found in \(samples)")
        }
        if let data = FileManager.default.contents(atPath: conll) {
            let corpus = CoNLLCorpus(parsing: String(decoding: data, as: UTF8.self))
            let articles = corpus.documents.map(Self.article)
            measure("CoNLL (\(articles.count) documents)", articles, recognizer)
            let model = recognizer.model
            let docs = corpus.documents.map { $0.sentences.map(\.tokens) }
            var rounds = 0
            let cpuStart = cpuSecondsOfThisThread()
            repeat {
                for d in docs { _ = model.bioTags(sentences: d) }
                rounds += 1
            } while cpuSecondsOfThisThread() - cpuStart < seconds
            let cpu = cpuSecondsOfThisThread() - cpuStart
            let total = Double(corpus.tokenCount * rounds)
            print(String(format: "NER tagger only, CoNLL tokens: %.0f words/s (one core, CPU time)", total / cpu))
        } else {
            print("CoNLL: \(conll) not found (pass --conll FILE)")
        }
        print(String(format: "peak RSS: %.1f MB", Double(Self.peakRSSKilobytes()) / 1024))
    }

    func sampleArticles() throws -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samples)) ?? []
        return files.sorted().filter { $0.hasSuffix(".txt") }.compactMap { name in
            FileManager.default.contents(atPath: samples + "/" + name).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// A CoNLL document as article text: tokens joined by spaces, one paragraph per sentence.
    static func article(_ doc: CoNLLCorpus.Document) -> (String, [TextSpan]) {
        var text = ""
        var spans: [TextSpan] = []
        var offset = 0
        for s in doc.sentences {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let line = s.tokens.joined(separator: " ")
            let length = line.unicodeScalars.count
            spans.append(TextSpan(start: offset, end: offset + length))
            text += line
            offset += length
        }
        return (text, spans)
    }

    func measure(_ name: String, _ articles: [(String, [TextSpan])], _ recognizer: EntityRecognizer) {
        let tokens = articles.reduce(0) { $0 + Tokenizer.tokenize($1.0).count }
        var rounds = 0
        var entities = 0
        let start = cpuSecondsOfThisThread()
        repeat {
            for (text, paragraphs) in articles { entities += recognizer.entities(in: text, paragraphs: paragraphs).count }
            rounds += 1
        } while cpuSecondsOfThisThread() - start < seconds
        let elapsed = cpuSecondsOfThisThread() - start
        print(String(format: "entity stage, %@: %.0f tokens/s, %.0f articles/s on one core (CPU time; %d rounds, %d entities per round)",
                     name, Double(tokens * rounds) / elapsed, Double(articles.count * rounds) / elapsed, rounds,
                     entities / max(rounds, 1)))
    }

    /// VmHWM from /proc/self/status (Linux), in kB; 0 where unavailable.
    static func peakRSSKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}

/// CPU seconds used by the calling thread: the "one core" figure, which stays
/// meaningful when other processes share the machine.
func cpuSecondsOfThisThread() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
