import ArgumentParser

/// Placeholder: replaced by the Quotes work.
struct BenchQuotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "(not built yet)")
    func run() async throws { throw ValidationError("not built yet") }
}
