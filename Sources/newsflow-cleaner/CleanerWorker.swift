import ArgumentParser
import WorkerApp
import Workers

/// `newsflow-cleaner`, the same worker as `newsflow worker cleaner`. A thin main so that
/// `swift build` still emits this name for scripts and docs; the image links the name
/// to `newsflow` instead (one binary), which dispatches on argv[0].
@main
struct CleanerWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-cleaner", abstract: StageWorker.abstract(.cleaner))
    @OptionGroup var options: StageOptions

    func run() async throws { try await StageWorker.run(.cleaner, options: options) }
}
