import Foundation

/// Paths inside the repository, found from this file's location so tests run from
/// any working directory and need nothing outside the clone.
public enum RepositoryPaths {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    public static func schema(forTopic topic: String) -> String {
        path("deploy/schemas/\(topic).schema.json")
    }

    public static func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path("samples/articles/\(name)"))))
    }
}
