import ArgumentParser
import WorkerApp
import Workers

/// `newsflow-entities`, the same worker as `newsflow worker entities`. A thin main so that
/// `swift build` still emits this name for scripts and docs; the image links the name
/// to `newsflow` instead (one binary), which dispatches on argv[0].
@main
struct EntitiesWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-entities", abstract: StageWorker.abstract(.entities))
    @OptionGroup var options: StageOptions

    func run() async throws { try await StageWorker.run(.entities, options: options) }
}
