import ArgumentParser
import Foundation

/// The `newsflow` command: the embedded demo, Kafka tools, offline processing,
/// training and evaluation, and the workers (`newsflow worker cleaner|entities|quotes`).
/// Started through a link named `newsflow-cleaner` etc. it runs that worker.
@main
struct Newsflow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsflow",
        abstract: "News-article enrichment on Kafka: clean, extract entities and quotes.",
        subcommands: [
            WorkerCommand.self,
            Demo.self,
            Broker.self,
            Produce.self,
            Tail.self,
            TopicsCommand.self,
            ProcessFile.self,
            ViewCommand.self,
            DLQCommand.self,
            Eval.self,
            Train.self,
            Bench.self,
            ConfigTable.self,
        ]
    )

    /// ArgumentParser's own entry point, after argv[0] dispatch (`WorkerCommand.arguments`)
    /// and `UnknownCommandCheck`: a mistyped command with `--help` fails with a usage error
    /// (exit 64) instead of printing the root help.
    static func main() async {
        let arguments = WorkerCommand.arguments(invokedAs: CommandLine.arguments[0], Array(CommandLine.arguments.dropFirst()))
        if let problem = UnknownCommandCheck.problem(in: arguments, root: Self.self) {
            FileHandle.standardError.write(Data("Error: \(problem)\n".utf8))
            Foundation.exit(EX_USAGE)
        }
        await main(arguments)
    }
}
