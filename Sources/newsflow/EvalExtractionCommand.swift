import ArgumentParser

/// Placeholder: replaced by the Extraction work.
struct EvalExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "(not built yet)")
    func run() async throws { throw ValidationError("not built yet") }
}
