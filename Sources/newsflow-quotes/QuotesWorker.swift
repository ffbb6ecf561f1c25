import ArgumentParser
import WorkerApp
import Workers

/// `newsflow-quotes`, the same worker as `newsflow worker quotes`. A thin main so that
/// `swift build` still emits this name for scripts and docs; the image links the name
/// to `newsflow` instead (one binary), which dispatches on argv[0].
@main
struct QuotesWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-quotes", abstract: StageWorker.abstract(.quotes))
    @OptionGroup var options: StageOptions

    func run() async throws { try await StageWorker.run(.quotes, options: options) }
}
