import ArgumentParser
import StageRuntime

/// `newsflow config`: every setting a worker reads, as the README's Markdown table.
struct ConfigTable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print every worker setting (variable, flag, default, meaning) as a Markdown table.")

    @Flag(help: "The settings of newsflow view and newsflow dlq instead.") var view = false

    func run() {
        print(view ? ViewSettings.markdownTable : WorkerSettings.markdownTable)
    }
}
