import ArgumentParser
import StageRuntime
import WorkerApp
import Workers

/// `newsflow worker cleaner|entities|quotes`: the three workers inside the CLI binary, so
/// the image carries one statically linked executable instead of four (#18). Each
/// subcommand takes the same flags as its `newsflow-<stage>` name and runs the same code.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run one pipeline stage against Kafka until SIGTERM (also started as newsflow-<stage>).",
        subcommands: [Cleaner.self, Entities.self, Quotes.self]
    )

    struct Cleaner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cleaner", abstract: StageWorker.abstract(.cleaner))
        @OptionGroup var options: StageOptions
        func run() async throws { try await StageWorker.run(.cleaner, options: options) }
    }

    struct Entities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "entities", abstract: StageWorker.abstract(.entities))
        @OptionGroup var options: StageOptions
        func run() async throws { try await StageWorker.run(.entities, options: options) }
    }

    struct Quotes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "quotes", abstract: StageWorker.abstract(.quotes))
        @OptionGroup var options: StageOptions
        func run() async throws { try await StageWorker.run(.quotes, options: options) }
    }

    /// The arguments to parse when the binary was started as `path`: a link named after
    /// a worker (`newsflow-cleaner` → `newsflow` in the image) becomes `worker cleaner …`,
    /// so compose files and scripts that run `newsflow-cleaner` keep working. Any other
    /// name leaves the arguments alone.
    static func arguments(invokedAs path: String, _ arguments: [String]) -> [String] {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let stage = StageKind.allCases.first(where: { $0.executableName == name }) else { return arguments }
        return [configuration.commandName ?? "worker", stage.rawValue] + arguments
    }
}
