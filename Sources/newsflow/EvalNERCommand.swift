import Evaluation
import ArgumentParser
import EntityRecognition
import Foundation

/// `newsflow eval ner`: tags CoNLL files the way production does (whole documents,
/// so document context is used), writes `token gold pred` lines and prints, per set,
/// the same figures as `shared/tools/eval_ner.py`, then one summary line per set and
/// the macro average over the sets.
struct EvalNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the named-entity tagger on CoNLL files (conlleval semantics)."
    )

    @Option(help: "CoNLL file with gold tags in the last column; repeat for several sets.") var input: [String]
    @Option(help: "Where to write `token gold pred` lines: one per --input, in order (optional).") var output: [String] = []
    @Option(help: "Model file (default: the shipped model).") var model: String?
    @Option(help: "Rewrite each sentence's casing before tagging: upper or title (headline robustness).")
    var `case`: CaseRewrite?
    @Option(help: "Score only these entity types, e.g. PER,ORG,LOC (as eval_ner.py --types).") var types: String?
    @Flag(help: "Skip the one-CPU-second speed measurement of each set.") var noSpeed = false
    @Flag(help: "Turn off the one-type-per-phrase document pass after tagging (for ablations).") var noConsistency = false

    func validate() throws {
        guard !input.isEmpty else { throw ValidationError("give at least one --input file") }
        guard output.isEmpty || output.count == input.count else {
            throw ValidationError("give one --output per --input (\(input.count)), or none")
        }
    }

    func run() async throws {
        var nerModel = try model.map { try NERModel.load(contentsOf: URL(fileURLWithPath: $0)) }
            ?? NERResources.shippedModel()
        nerModel.documentConsistency = !noConsistency
        let typeSet = types.map { Set($0.split(separator: ",").map(String.init)) }
        var summary: [(name: String, score: NERScore)] = []
        for (index, path) in input.enumerated() {
            let corpus = CoNLLCorpus(parsing: try readText(path))
            let rewrite = self.case
            let docs = corpus.documents.map { doc in
                doc.sentences.map { rewrite?.apply($0.tokens) ?? $0.tokens }
            }
            let tagger = nerModel
            let tagAll = { docs.map { tagger.bioTags(sentences: $0) } }
            // Tag once for the predictions, then keep tagging until one CPU second has passed,
            // so the speed is the steady rate rather than a cold single pass.
            let cpuStart = cpuSecondsOfThisThread()
            let predictions = tagAll()
            var passes = 1
            while !noSpeed && cpuSecondsOfThisThread() - cpuStart < 1 {
                _ = tagAll()
                passes += 1
            }
            let cpu = cpuSecondsOfThisThread() - cpuStart
            var score = NERScore()
            var out = ""
            for (doc, predicted) in zip(corpus.documents, predictions) {
                out += "-DOCSTART- O O\n\n"
                for (sentence, tags) in zip(doc.sentences, predicted) {
                    score.add(gold: sentence.tags, predicted: tags, types: typeSet)
                    // The original tokens, so the reference scorer can read this file against the gold one.
                    for (k, token) in sentence.tokens.enumerated() {
                        out += "\(token) \(sentence.tags[k]) \(tags[k])\n"
                    }
                    out += "\n"
                }
            }
            if index < output.count { try Data(out.utf8).write(to: URL(fileURLWithPath: output[index])) }
            let name = TrainingCorpus.Spec.defaultName(path)
            if input.count > 1 { print("== \(name) (\(path))") }
            print(score.render())
            if !noSpeed {
                print(String(format: "tagged %d words x %d passes in %.3f s CPU: %.0f words/s on one core",
                             corpus.tokenCount, passes, cpu, Double(corpus.tokenCount * passes) / max(cpu, 1e-9)))
            }
            summary.append((name, score))
        }
        guard summary.count > 1 else { return }
        print("\nsummary" + (self.case.map { " (case \($0.rawValue))" } ?? "") + (types.map { " (types \($0))" } ?? ""))
        for (name, score) in summary {
            let o = score.overall
            let perType = score.perType.sorted { $0.key < $1.key }
                .map { "\($0.key) \(NERScoreFormat.f4($0.value.f1))" }.joined(separator: "  ")
            print("\(name.padding(toLength: 24, withPad: " ", startingAt: 0)) P \(NERScoreFormat.f4(o.precision))  "
                  + "R \(NERScoreFormat.f4(o.recall))  F1 \(NERScoreFormat.f4(o.f1))   \(perType)")
        }
        let macro = summary.map(\.score.overall.f1).reduce(0, +) / Double(summary.count)
        print("macro F1 over \(summary.count) sets \(NERScoreFormat.f4(macro))")
    }
}

extension CaseRewrite: ExpressibleByArgument {}

/// Four-decimal figures as the reference scorer prints them.
enum NERScoreFormat {
    static func f4(_ x: Double) -> String { String(format: "%.4f", x) }
}
