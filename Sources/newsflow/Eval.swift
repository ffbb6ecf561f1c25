import Evaluation
import ArgumentParser

/// `newsflow eval ...`: accuracy on a data set, printing the same figures as the
/// reference scorers in `shared/tools/`.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy on an evaluation data set.",
        subcommands: [EvalExtraction.self, EvalNER.self, EvalQuotes.self]
    )
}

/// `newsflow train ...`: reproduce shipped models from the shared data.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model from the shared data.",
        subcommands: [TrainNER.self, TrainClusters.self]
    )
}

/// `newsflow bench ...`: throughput and memory figures for the README and issues.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput and memory of a stage on one core.",
        subcommands: [BenchExtraction.self, BenchEntities.self, BenchQuotes.self, BenchPipeline.self, BenchLimits.self]
    )
}
