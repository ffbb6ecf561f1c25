import ArgumentParser

/// Placeholder: replaced by the Entities work.
struct BenchEntities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(not built yet)")
    func run() async throws { throw ValidationError("not built yet") }
}
