import ArgumentParser

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
}
