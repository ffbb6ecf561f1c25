import Foundation
@testable import FuzzHarnesses
import Synchronization
import Testing

/// Replays every committed seed (FuzzTesting/corpus/*/ and samples/articles/) through
/// every harness, as `scripts/fuzz` starts every target from all of them, so the seeds,
/// and the crash inputs added to them, stay regression tests in `make test`, and the
/// harnesses keep compiling and passing in the normal build.
@Suite struct SeedCorpusTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedFolders = ["records", "html", "json-ld", "text"].map { "FuzzTesting/corpus/\($0)" } + ["samples/articles"]

    static func allSeeds() throws -> [URL] {
        try seedFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        }
        .sorted { $0.path < $1.path }
    }

    @Test("every seed folder is listed here and holds seeds")
    func seedFoldersAreAllReplayed() throws {
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("FuzzTesting/corpus").path)
        #expect(corpus.sorted().map { "FuzzTesting/corpus/\($0)" } == Self.seedFolders.dropLast().sorted())
        for folder in Self.seedFolders {
            let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent(folder).path)
            #expect(!seeds.isEmpty, "no seeds in \(folder)")
        }
    }

    @Test("every seed keeps every invariant of the harness", arguments: FuzzTargetCatalogue.all.map(\.name))
    func seedsKeepTheInvariants(of name: String) throws {
        let target = try #require(FuzzTargetCatalogue.all.first { $0.name == name })
        let seeds = try Self.allSeeds()
        #expect(seeds.count > 50)
        for seed in seeds {
            let data = try Data(contentsOf: seed)
            let broken = Mutex<[String]>([])
            BrokenInvariant.$handler.withValue({ message in broken.withLock { $0.append(message) } }) {
                data.withUnsafeBytes { target.run($0) }
            }
            let messages = broken.withLock { $0 }
            #expect(messages.isEmpty, "\(name) on \(seed.deletingLastPathComponent().lastPathComponent)/\(seed.lastPathComponent): \(messages)")
        }
    }

    @Test("a broken invariant reaches the test's handler with its message, and the check says it failed")
    func brokenInvariantIsReported() {
        let broken = Mutex<[String]>([])
        let held = BrokenInvariant.$handler.withValue({ message in broken.withLock { $0.append(message) } }) {
            invariant(1 + 1 == 3, "arithmetic")
        }
        #expect(!held)
        #expect(broken.withLock { $0 }.count == 1)
        #expect(broken.withLock { $0 }.first?.contains("arithmetic") == true)
    }
}
