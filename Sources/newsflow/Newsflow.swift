import ArgumentParser
import Foundation

/// The `newsflow` command: the embedded demo, Kafka tools, offline processing,
/// training and evaluation. Workers are separate executables (`newsflow-cleaner`, ...).
@main
struct Newsflow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsflow",
        abstract: "News-article enrichment on Kafka: clean, extract entities and quotes.",
        subcommands: [
            Demo.self,
            Broker.self,
            Produce.self,
            Tail.self,
            TopicsCommand.self,
            ProcessFile.self,
            Eval.self,
            Train.self,
            Bench.self,
            ConfigTable.self,
        ]
    )

    /// ArgumentParser's own entry point, after `UnknownCommandCheck`: a mistyped command
    /// with `--help` fails with a usage error (exit 64) instead of printing the root help.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UnknownCommandCheck.problem(in: arguments, root: Self.self) {
            FileHandle.standardError.write(Data("Error: \(problem)\n".utf8))
            Foundation.exit(EX_USAGE)
        }
        await main(arguments)
    }
}
