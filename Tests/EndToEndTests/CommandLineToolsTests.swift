import Foundation
import TestSupport
import Testing

/// `newsflow broker`, `produce`, `topics`, `tail` and `worker` as a user runs them.
@Suite("CLI tools against newsflow broker", .serialized)
struct CommandLineToolsTests {
    @Test("produce sends files and JSONL from stdin; topics lists them; tail prints one JSON document per line")
    func produceTopicsTail() async throws {
        try await blockingTest {
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
    }

    @Test("produce of a folder without article files fails and says what it looked for")
    func produceEmptyFolder() async throws {
        try await blockingTest {
            let empty = try temporaryDirectory("newsflow-empty")
            let result = try run(["produce", "--brokers", "127.0.0.1:1", empty])
            #expect(result.status != 0)
            #expect(result.errors.contains("no article files in \(empty)"), "\(result.errors)")
            #expect(result.errors.contains(".txt"), "\(result.errors)")
            #expect(!result.output.contains("sent 0"))
        }
    }

    @Test("produce refuses a binary file, names it and why, sends the rest and exits 1")
    func produceRefusesBinary() async throws {
        try await blockingTest {
            let folder = try temporaryDirectory("newsflow-binary")
            try "A plain article.\n".write(toFile: "\(folder)/article.txt", atomically: true, encoding: .utf8)
            // A PNG header and some pixel bytes, named .txt as a careless export would.
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + (0..<2_000).map { UInt8($0 % 251) }
            try Data(png).write(to: URL(fileURLWithPath: "\(folder)/photo.txt"))
            // No NUL byte, but a control byte in every other position: not text either.
            let controls: [UInt8] = (0..<1_200).map { (index: Int) -> UInt8 in index % 2 == 0 ? 0x61 : UInt8(1 + index % 8) }
            try Data(controls).write(to: URL(fileURLWithPath: "\(folder)/controls.txt"))
            let broker = try LocalBroker(logDirectory: try temporaryDirectory("newsflow-cli"))
            defer { broker.stop() }
            let result = try run(["produce", "--brokers", broker.address, folder])
            #expect(result.status == 1)
            #expect(result.output.contains("sent 1, failed 2"), "\(result.output)")
            #expect(result.errors.contains("refused: \(folder)/photo.txt: binary content (a NUL byte at offset 8)"), "\(result.errors)")
            #expect(result.errors.contains("refused: \(folder)/controls.txt: binary content (50% control bytes in the first 1024 bytes)"), "\(result.errors)")
            #expect(result.errors.contains("send text, HTML or a JSON envelope"), "\(result.errors)")
            #expect(!result.errors.contains("article.txt"), "\(result.errors)")
        }
    }

    @Test("an unknown command with --help is a usage error naming it, not the root help")
    func unknownCommandHelp() async throws {
        try await blockingTest {
            let root = try run(["veiw", "--help"])
            #expect(root.status == 64)
            #expect(root.errors.contains("unknown command 'veiw' for 'newsflow'"), "\(root.errors)")
            #expect(root.output.isEmpty)
            let nested = try run(["eval", "view", "-h"])
            #expect(nested.status == 64)
            #expect(nested.errors.contains("unknown command 'view' for 'newsflow eval'"), "\(nested.errors)")
            let known = try run(["eval", "ner", "--help"])
            #expect(known.status == 0)
            #expect(known.output.contains("USAGE: newsflow eval ner"))
        }
    }

    @Test("newsflow view: help, and no token on a non-loopback address is refused before anything starts")
    func viewCommand() async throws {
        try await blockingTest {
            let help = try run(["view", "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("USAGE: newsflow view"))
            #expect(help.output.contains("NEWSFLOW_VIEW_TOKEN"))
            let open = try run(["view", "--host", "0.0.0.0", "--port", "0"])
            #expect(open.status == 64, "\(open.errors)")
            #expect(open.errors.contains("not a loopback address: set NEWSFLOW_VIEW_TOKEN"), "\(open.errors)")
            let dlq = try run(["dlq", "replay", "--help"])
            #expect(dlq.status == 0)
            #expect(dlq.output.contains("--again"))
        }
    }

    @Test("newsflow worker has one subcommand per stage, each with the workers' flags")
    func workerCommands() async throws {
        try await blockingTest {
            for stage in ["cleaner", "entities", "quotes"] {
                let help = try run(["worker", stage, "--help"])
                #expect(help.status == 0, "\(help.errors)")
                #expect(help.output.contains("USAGE: newsflow worker \(stage)"), "\(help.output)")
                #expect(help.output.contains("--brokers") && help.output.contains("--kafka-property"), "\(help.output)")
            }
            let unknown = try run(["worker", "cleanr", "--help"])
            #expect(unknown.status == 64)
            #expect(unknown.errors.contains("unknown command 'cleanr' for 'newsflow worker'"), "\(unknown.errors)")
        }
    }

    @Test("the thin names still start: the newsflow-cleaner main, and a newsflow-cleaner link to newsflow (the image's layout)")
    func thinWorkerNames() async throws {
        try await blockingTest {
            let main = try run(["--help"], executable: "\(WorkerProcess.binDirectory)/newsflow-cleaner")
            #expect(main.status == 0)
            #expect(main.output.contains("USAGE: newsflow-cleaner"), "\(main.output)")

            let directory = try temporaryDirectory("newsflow-link")
            try FileManager.default.createSymbolicLink(atPath: "\(directory)/newsflow-cleaner", withDestinationPath: "\(WorkerProcess.binDirectory)/newsflow")
            let linked = try WorkerProcess(
                "newsflow-cleaner", arguments: ["--brokers", "127.0.0.1:1", "--metrics-port", "0"], logDirectory: directory, directory: directory
            )
            defer { linked.terminate() }
            #expect(linked.waitForLog(containing: ["Kafka does not answer at 127.0.0.1:1", "newsflow.cleaner"], timeout: 30), "\(linked.log)")
            #expect(linked.terminate() == 0, "\(linked.log)")
        }
    }

    @Test("produce and tail against a wrong broker fail within seconds, naming the address and the setting")
    func wrongBroker() async throws {
        try await blockingTest {
            for arguments in [["produce", RepositoryPaths.path("samples/articles")], ["tail", "articles.raw"]] {
                let result = try run(arguments + ["--brokers", "127.0.0.1:1"])
                #expect(result.status != 0, "\(arguments)")
                #expect(result.errors.contains("Kafka does not answer at 127.0.0.1:1"), "\(result.errors)")
                #expect(result.errors.contains("KAFKA_BROKERS or --brokers"), "\(result.errors)")
            }
        }
    }

    @Test("tail of a missing topic fails at once and says how to create it")
    func tailMissingTopic() async throws {
        try await blockingTest {
            let broker = try LocalBroker(logDirectory: try temporaryDirectory("newsflow-cli"))
            defer { broker.stop() }
            let result = try run(["tail", "--brokers", broker.address, "articles.absent"])
            #expect(result.status != 0)
            #expect(result.errors.contains("topic articles.absent does not exist on \(broker.address)"), "\(result.errors)")
            #expect(result.errors.contains("newsflow topics create --brokers \(broker.address)"), "\(result.errors)")
        }
    }

    @Test("tail --idle-timeout counts from the partition assignment, so a short one still reads what is there")
    func tailIdleTimeoutAfterAssignment() async throws {
        try await blockingTest {
            let broker = try LocalBroker(logDirectory: try temporaryDirectory("newsflow-cli"))
            defer { broker.stop() }
            let produced = try run(["produce", "--brokers", broker.address, "--topic", "articles.clean", "-"], input: "{\"id\":\"i1\",\"body\":\"Idle.\"}\n")
            #expect(produced.output.contains("sent 1, failed 0"))
            // Joining the group takes longer than one second on the mock: counted from the start,
            // this tail ended before it was assigned anything.
            let tail = try run(["tail", "--brokers", broker.address, "articles.clean", "--from-beginning", "--format", "jsonl", "--idle-timeout", "1"])
            #expect(tail.status == 0)
            #expect(tail.output.contains(#"{"id":"i1","body":"Idle."}"#), "\(tail.output)")
        }
    }

    @Test("bench pipeline runs a broker and the workers as processes, prints every figure, and stops them")
    func benchPipeline() async throws {
        try await blockingTest {
            let result = try run(
                ["bench", "pipeline", "--count", "60", "--latency-count", "30", "--rate", "50", "--partitions", "3", "--replicas", "entities=2"],
                timeout: 240)
            #expect(result.status == 0, "\(result.output)\n\(result.errors)")
            for line in ["stage      cleaner", "stage      entities", "stage      quotes", "ideal ", "workers    cleaner ×1, entities ×2, quotes ×1",
                         "throughput ", "cpu        entities", "efficiency ", "latency    p50 "] {
                #expect(result.output.contains(line), "missing '\(line)' in:\n\(result.output)")
            }
            let efficiency = result.output.split(separator: "\n").first { $0.hasPrefix("efficiency") }
                .flatMap { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
            #expect((efficiency ?? 0) > 0, "\(result.output)")
            let leftovers = try run(["-c", "pgrep -f 'newsflow-bench-[0-9]' || true"], executable: "/bin/sh")
            #expect(leftovers.output.isEmpty, "the bench's broker is still running: \(leftovers.output)")

            let bad = try run(["bench", "pipeline", "--replicas", "entities=0"])
            #expect(bad.status == 64)
            #expect(bad.errors.contains("--replicas takes STAGE=N"), "\(bad.errors)")
        }
    }

    @Test("bench pipeline on an external broker starts only the workers, and a second run on it counts only its own articles")
    func benchPipelineOnAnExternalBroker() async throws {
        try await blockingTest {
            let broker = try LocalBroker(partitions: 2, logDirectory: try temporaryDirectory("newsflow-cli"))
            defer { broker.process.terminate() }
            // The mock's short session and fetch wait, passed as a user would for their cluster.
            let mockSettings = ["session.timeout.ms=3000", "heartbeat.interval.ms=200", "fetch.wait.max.ms=10"].flatMap { ["--kafka-property", $0] }
            for run in 1...2 {
                let result = try self.run(
                    ["bench", "pipeline", "--brokers", broker.address, "--count", "20", "--latency-count", "10", "--rate", "20", "--partitions", "2"] + mockSettings,
                    timeout: 240)
                #expect(result.status == 0, "run \(run): \(result.output)\n\(result.errors)")
                #expect(result.output.contains("on \(broker.address) (2 partitions)"), "run \(run): \(result.output)")
                #expect(!result.output.contains("cpu        broker"), "run \(run) started a broker of its own: \(result.output)")
                // Had the second run counted the first run's outputs as its own, they would have
                // "arrived" before they were sent: a negative latency.
                let words = result.output.split(separator: "\n").first { $0.hasPrefix("latency") }?.split(separator: " ") ?? []
                let p50 = words.firstIndex(of: "p50").flatMap { Double(words[$0 + 1]) }
                #expect((p50 ?? 0) > 0, "run \(run): \(result.output)")
            }
        }
    }

    /// Runs `newsflow` (or `executable`) and returns its exit status, stdout and stderr; a run still going after
    /// `timeout` is killed (and fails the caller's expectations).
    private func run(
        _ arguments: [String], executable: String = "\(WorkerProcess.binDirectory)/newsflow", input: String? = nil, timeout: TimeInterval = 60
    ) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Output goes to files, not pipes: a child the command left running could otherwise
        // hold a pipe open and hang the test run.
        let base = NSTemporaryDirectory() + "newsflow-cli-\(UUID().uuidString.prefix(8))"
        let outputPath = base + ".out", errorsPath = base + ".err"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorsPath)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            let killAt = Date().addingTimeInterval(10)
            while process.isRunning, Date() < killAt { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let errors = String(decoding: FileManager.default.contents(atPath: errorsPath) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, output, errors)
    }
}
