import Foundation

/// The seed samples in the repository's `samples/` folder and their expected results.
enum SampleArticles {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/CleaningTests/File.swift → root
        return url
    }()

    static func body(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("samples/articles/\(name)"), encoding: .utf8)
    }

    static func expected(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("samples/expected/\(name).json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
