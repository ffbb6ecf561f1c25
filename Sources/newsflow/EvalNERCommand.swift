import Evaluation
import ArgumentParser
import EntityRecognition
import Foundation

/// `newsflow eval ner`: tags a CoNLL file the way production does (whole
/// documents, so document context is used), writes `token gold pred` lines and
/// prints the same figures as `shared/tools/eval_ner.py`.
struct EvalNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the named-entity tagger on a CoNLL file (conlleval semantics)."
    )

    @Option(help: "CoNLL file with gold tags in the last column.") var input: String
    @Option(help: "Where to write `token gold pred` lines.") var output: String
    @Option(help: "Model file (default: the shipped model).") var model: String?

    func run() async throws {
        let corpus = CoNLLCorpus(parsing: try readText(input))
        let nerModel = try model.map { try NERModel.load(contentsOf: URL(fileURLWithPath: $0)) }
            ?? NERResources.shippedModel()
        // Tag once for the predictions, then keep tagging until one CPU second has passed,
        // so the speed is the steady rate rather than a cold single pass.
        let tagAll = { corpus.documents.map { doc in nerModel.bioTags(sentences: doc.sentences.map(\.tokens)) } }
        let cpuStart = cpuSecondsOfThisThread()
        let predictions = tagAll()
        var passes = 1
        while cpuSecondsOfThisThread() - cpuStart < 1 {
            _ = tagAll()
            passes += 1
        }
        let cpu = cpuSecondsOfThisThread() - cpuStart
        var score = NERScore()
        var out = ""
        for (doc, predicted) in zip(corpus.documents, predictions) {
            out += "-DOCSTART- O O\n\n"
            for (sentence, tags) in zip(doc.sentences, predicted) {
                score.add(gold: sentence.tags, predicted: tags)
                for (k, token) in sentence.tokens.enumerated() {
                    out += "\(token) \(sentence.tags[k]) \(tags[k])\n"
                }
                out += "\n"
            }
        }
        try Data(out.utf8).write(to: URL(fileURLWithPath: output))
        let words = corpus.tokenCount
        print(score.render())
        print(String(format: "tagged %d words x %d passes in %.3f s CPU: %.0f words/s on one core", words, passes, cpu,
                     Double(words * passes) / max(cpu, 1e-9)))
    }
}
