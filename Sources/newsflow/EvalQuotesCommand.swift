import Evaluation
import Articles
import ArgumentParser
import Foundation
import QuoteAttribution

/// `newsflow eval quotes`: runs quote extraction over a JSONL of `{"id","text"}` articles,
/// writes predictions in the scorer's format and, with `--gold`, prints the same figures as
/// `shared/tools/eval_quotes.py`.
struct EvalQuotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Extract quotes and speakers from a JSONL of articles and score them against gold.")

    @OptionGroup var input: QuoteArticlesOption

    @Option(help: "Where to write predictions: one {\"id\", \"quotes\"} line per article.")
    var output: String

    @Option(help: "Gold JSONL to score against (same format as eval_quotes.py reads).")
    var gold: String?

    func run() async throws {
        let inputs = try QuoteEvalIO.readArticles(path: input.articles)
        let extractor = QuoteExtractor()
        var predictions: [QuoteEvalIO.Prediction] = []
        predictions.reserveCapacity(inputs.count)
        var extractionSeconds = 0.0
        var extractionCPU = 0.0
        for article in inputs {
            let paragraphs = QuoteEvalIO.lineParagraphs(article.text)
            let entities = entitiesForEvaluation(text: article.text, paragraphs: paragraphs)
            let clock = ContinuousClock.now
            let cpu = ProcessCPU.seconds()
            let quotes = extractor.quotes(in: article.text, paragraphs: paragraphs, entities: entities)
            extractionCPU += ProcessCPU.seconds() - cpu
            extractionSeconds += clock.duration(to: .now).seconds
            predictions.append(QuoteEvalIO.Prediction(id: article.id, text: article.text, quotes: quotes))
        }
        try QuoteEvalIO.write(predictions, to: output)
        print("wrote \(predictions.count) articles, \(predictions.reduce(0) { $0 + $1.quotes.count }) quotes to \(output)")
        if let gold {
            let goldArticles = try QuoteEvalIO.readGold(path: gold)
            let scored = QuoteScorer.score(gold: goldArticles, predicted: predictions.map(\.scored))
            print(scored.report)
        }
        let rate = extractionSeconds > 0 ? Double(inputs.count) / extractionSeconds : 0
        let cpuRate = extractionCPU > 0 ? Double(inputs.count) / extractionCPU : 0
        print(String(format: "speed       %.0f articles/s wall, %.0f per CPU-second (quote stage alone, one core, %d articles; `newsflow bench quotes` for a steadier figure)",
                     rate, cpuRate, inputs.count))
    }
}
