import Foundation
import TestSupport
import Testing

/// `newsflow bench limits` in a tiny form: the table has a row per stage for the typical
/// articles and for each input and size, each with figures and an outcome.
@Suite("newsflow bench limits")
struct BenchLimitsCommandTests {
    @Test("prints the typical rows and one row per input, size and stage, each with figures and an outcome")
    func tableShape() async throws {
        try await blockingTest {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "\(WorkerProcess.binDirectory)/newsflow")
            process.arguments = ["bench", "limits", "--sizes", "0.02", "--inputs", "prose,quotes,tables", "--typical-repeats", "2",
                                 "--samples", RepositoryPaths.path("samples/articles"), "--timeout", "60"]
            let outputPath = NSTemporaryDirectory() + "newsflow-bench-limits-\(UUID().uuidString.prefix(8)).out"
            _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
            defer { try? FileManager.default.removeItem(atPath: outputPath) }
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(300)
            while process.isRunning, Date() < deadline { usleep(50_000) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let lines = try String(contentsOfFile: outputPath, encoding: .utf8).split(separator: "\n")
            let header = try #require(lines.first { $0.hasPrefix("input") })
            #expect(header.split(separator: " ").map(String.init) == ["input", "MB", "stage", "ms", "ms/MB", "×typ", "RSS", "MB", "RSS/MB", "outcome"])
            let rows = lines.filter { ["typical", "prose", "quotes", "tables"].contains(String($0.split(separator: " ").first ?? "")) }
            #expect(rows.count == 3 + 3 * 3)
            for input in ["prose", "quotes", "tables"] {
                let stages = rows.filter { $0.hasPrefix(input + " ") }.map { $0.split(separator: " ")[2] }
                #expect(stages == ["clean", "entities", "quotes"], "\(input)")
            }
            for row in rows where !row.hasPrefix("typical") {
                let fields = row.split(separator: " ")
                #expect(fields.count >= 9, "\(row)")
                #expect(Double(fields[4]) != nil && Double(fields[5]) != nil && Double(fields[7]) != nil, "\(row)")
                #expect(fields[8] == "ok", "\(row)")
            }
            #expect(lines.last.map { $0.contains("within the targets") || $0.contains("over a target") } == true)
        }
    }
}
