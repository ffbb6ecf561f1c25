import Articles
import Enrichment
import StageRuntime
import WorkerApp

/// The one place that says which transform each stage runs. `newsflow worker <stage>`,
/// the thin `newsflow-<stage>` mains and `newsflow demo` all go through it, so a new
/// stage or a changed transform cannot make them disagree.
///
/// It lives in its own target because the two halves it joins must not know each other:
/// WorkerApp is the Kafka process shell (no NLP, so its tests stay light) and Enrichment
/// is pure NLP (no Kafka, usable offline by `newsflow process`).
public enum StageWorker {
    /// The transform `stage` applies, built from its resolved configuration
    /// (each honours the configuration's budgets; the entity model loads here and may throw).
    public static func transform(for stage: StageKind, configuration: StageConfiguration) throws -> any ArticleTransform {
        switch stage {
        case .cleaner: CleanTransform(budgets: configuration.budgets)
        case .entities: try EntitiesTransform(budgets: configuration.budgets)
        case .quotes: QuotesTransform(budgets: configuration.budgets)
        }
    }

    /// Runs `stage` as a worker process until SIGTERM/SIGINT (see `WorkerRunner`).
    public static func run(_ stage: StageKind, options: StageOptions) async throws {
        try await WorkerRunner.run(stage: stage, options: options) { configuration in
            try transform(for: stage, configuration: configuration)
        }
    }

    /// One-line help for the stage, shared by `newsflow worker <stage>` and `newsflow-<stage>`.
    public static func abstract(_ stage: StageKind) -> String {
        let task = switch stage {
        case .cleaner: "cleaning"
        case .entities: "entity"
        case .quotes: "quote"
        }
        return "Newsflow \(task) stage: \(stage.defaultInputTopic) → \(stage.defaultOutputTopic)."
    }
}
