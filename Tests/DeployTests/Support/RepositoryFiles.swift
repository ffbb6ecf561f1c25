import Foundation

/// Files of the repository checkout these tests run in. The compose file and its
/// companions are read where they live, so the tests always check what ships.
enum RepositoryFiles {
    /// `Tests/DeployTests/Support/RepositoryFiles.swift` → the repository root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ relativePath: String) throws(DeployFileError) -> String {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(path: relativePath) }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: relativePath, reason: "\(error)")
        }
    }
}
