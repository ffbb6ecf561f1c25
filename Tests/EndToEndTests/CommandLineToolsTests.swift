import Foundation
import TestSupport
import Testing

/// `newsflow broker`, `produce`, `topics` and `tail` as a user runs them.
@Suite("CLI tools against newsflow broker", .serialized)
struct CommandLineToolsTests {
    @Test("produce sends files and JSONL from stdin; topics lists them; tail prints one JSON document per line")
    func produceTopicsTail() throws {
        let directory = NSTemporaryDirectory() + "newsflow-cli-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let addressFile = "\(directory)/broker.address"
        let broker = try WorkerProcess("newsflow", arguments: ["broker", "--partitions", "2", "--address-file", addressFile], logDirectory: directory)
        defer { broker.terminate() }
        let deadline = Date().addingTimeInterval(30)
        while (try? String(contentsOfFile: addressFile, encoding: .utf8))?.isEmpty ?? true, Date() < deadline { usleep(100_000) }
        let brokers = try String(contentsOfFile: addressFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)

        let produced = try run(["produce", "--brokers", brokers, RepositoryPaths.path("samples/articles")])
        #expect(produced.status == 0)
        #expect(produced.output.contains("sent 2, failed 0"))
        let fromStdin = try run(["produce", "--brokers", brokers, "-"], input: "{\"id\":\"s1\",\"body\":\"One.\"}\n\n{\"id\":\"s2\",\"body\":\"Two.\"}\n")
        #expect(fromStdin.output.contains("sent 2, failed 0"))

        let topics = try run(["topics", "list", "--brokers", brokers])
        for topic in ["articles.raw", "articles.clean", "articles.entities", "articles.enriched", "articles.dlq"] {
            #expect(topics.output.contains("\(topic)\t2"))
        }

        let tail = try run(["tail", "--brokers", brokers, "articles.raw", "--from-beginning", "--format", "jsonl", "--max-records", "4", "--idle-timeout", "20"])
        let lines = tail.output.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) != nil, "\(line.prefix(60))")
        }
        #expect(lines.contains { $0 == #"{"id":"s1","body":"One."}"# })
    }

    private func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "\(WorkerProcess.binDirectory)/newsflow")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
