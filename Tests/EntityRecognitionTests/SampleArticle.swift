import Foundation

/// The seed sample's body text as the cleaner would deliver it: the repeated
/// title lines (first 4) and the comment-form prompts at the end removed,
/// paragraphs joined by blank lines.
enum SampleArticle {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func blinkenText() throws -> String {
        let raw = try String(contentsOf: repoRoot.appendingPathComponent("samples/articles/blinken-priorities.txt"),
                             encoding: .utf8)
        let lines = raw.components(separatedBy: "\n").dropFirst(4)
        let paragraphs = lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("Please enter your") }
        return paragraphs.joined(separator: "\n\n")
    }

    struct Expected: Decodable {
        var entities: [String: [String]]
        var entity_aliases: [String: [String]]
    }

    static func blinkenExpected() throws -> Expected {
        let data = try Data(contentsOf: repoRoot.appendingPathComponent("samples/expected/blinken-priorities.txt.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }
}
