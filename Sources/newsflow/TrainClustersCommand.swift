import Evaluation
import ArgumentParser
import EntityRecognition
import Foundation
import TextProcessing

/// `newsflow train clusters`: learns the word-cluster table the NER features use
/// from unlabelled text (`ClusterLearner`). Only the tokens of labelled files are
/// read, never their tags.
struct TrainClusters: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Learn word clusters for the NER features from unlabelled text."
    )

    @Option(help: "CoNLL file whose tokens are read as text (tags ignored); repeatable.") var conll: [String] = []
    @Option(help: "JSON Lines of {\"text\": …} articles; repeatable.") var jsonl: [String] = []
    @Option(help: "Extraction ground truth ({id: {\"articleBody\": …}}); repeatable.") var bodies: [String] = []
    @Option(help: "Minimum occurrences for a word to get a cluster.") var minCount = 3
    @Option(help: "Where to write the table (read by `train ner --clusters`).") var output: String

    func run() async throws {
        var sentences: [[String]] = []
        for path in conll {
            for d in CoNLLCorpus(parsing: try readText(path)).documents { sentences += d.sentences.map(\.tokens) }
        }
        func addText(_ text: String) {
            for line in text.split(whereSeparator: \.isNewline) {
                let tokens = Tokenizer.tokenize(String(line)).map(\.text)
                if !tokens.isEmpty { sentences.append(tokens) }
            }
        }
        for path in jsonl {
            for line in try readText(path).split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                if let text = object?["text"] as? String { addText(text) }
            }
        }
        for path in bodies {
            let object = try JSONSerialization.jsonObject(with: Data(try readText(path).utf8)) as? [String: Any] ?? [:]
            // Sorted ids: the table must not depend on dictionary order.
            for key in object.keys.sorted() {
                if let body = (object[key] as? [String: Any])?["articleBody"] as? String { addText(body) }
            }
        }
        let tokens = sentences.reduce(0) { $0 + $1.count }
        print("read \(sentences.count) lines, \(tokens) tokens")
        var learner = ClusterLearner()
        learner.minCount = minCount
        let clusters = learner.learn(sentences) { print($0) }
        try NERModelFile.encodeClusters(clusters).write(to: URL(fileURLWithPath: output))
        print("wrote \(output): \(clusters.count) words")
    }
}
