import ArgumentParser

/// Placeholder: replaced by the NER work.
struct EvalNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "(not built yet)")
    func run() async throws { throw ValidationError("not built yet") }
}
