import Foundation
@testable import FuzzHarnesses
import Synchronization
import Testing

/// Replays every committed seed (FuzzTesting/corpus/*/) through every harness, so the
/// seeds, and the crash inputs added to them, stay regression tests in `make test`,
/// and the harnesses keep compiling and passing in the normal build.
@Suite struct SeedCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting/corpus")

    /// Every seed file, from every target's folder: a seed for one parser is still hostile input for the others.
    static func allSeeds() throws -> [URL] {
        let folders = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
        return try folders.flatMap { try FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }
            .sorted { $0.path < $1.path }
    }

    @Test("every harness has a seed folder with seeds, and every seed folder a harness")
    func seedFoldersMatchTheHarnesses() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(folders == FuzzTargetCatalogue.all.map(\.name).sorted())
        for folder in folders {
            let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent(folder).path)
            #expect(!seeds.isEmpty, "no seeds for \(folder)")
        }
    }

    @Test("every seed keeps every invariant of the harness", arguments: FuzzTargetCatalogue.all.map(\.name))
    func seedsKeepTheInvariants(of name: String) throws {
        let target = try #require(FuzzTargetCatalogue.all.first { $0.name == name })
        let seeds = try Self.allSeeds()
        #expect(seeds.count > 100)
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
