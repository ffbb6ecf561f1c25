import ArgumentParser
import Articles
import Enrichment
import Foundation

/// `newsflow bench limits`: the cost model. Each adversarial input at each size goes
/// through the three stages in a child process of its own (so peak memory is that
/// input's), and the table gives, per stage, ms per MB of input and extra peak RSS per MB,
/// with the time ratio against the typical sample articles. Targets: ratio ≤ 3, RSS/MB ≤ 20.
struct BenchLimits: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limits",
        abstract: "Time and peak memory per MB of input, per stage, on adversarial inputs (the cost model).")

    @Option(help: "Input sizes in MB (1 MB = 2^20 bytes), comma-separated.") var sizes: String = "1,4"
    @Option(help: "Inputs, comma-separated (default: all): \(AdversarialInput.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputs: String?
    @Flag(help: "Lift the text and record budgets, so the NLP stages see the whole input (the raw budget is always raised to fit).")
    var unbounded = false
    @Option(help: "Seconds before a child run counts as a timeout.") var timeout: Double = 120
    @Option(help: "Folder of typical articles (default: the repo's samples/articles).") var samples: String?
    @Option(help: "Runs of each typical article, so its small time is measurable.") var typicalRepeats: Int = 100

    // Child mode: one input through the three stages, one line per stage on stdout.
    @Option(help: .hidden) var childInput: String?
    @Option(help: .hidden) var childBytes: Int?
    @Option(help: .hidden) var childFile: String?
    @Option(help: .hidden) var childRepeat: Int = 1

    func run() throws {
        if childInput != nil || childFile != nil { return try runChild() }
        let sizeList = try sizes.split(separator: ",").map { part -> Double in
            guard let mb = Double(part.trimmingCharacters(in: .whitespaces)), mb > 0 else { throw ValidationError("--sizes: '\(part)' is not a size in MB") }
            return mb
        }
        let chosen = try (inputs?.split(separator: ",").map(String.init) ?? AdversarialInput.allCases.map(\.rawValue)).map { name in
            guard let input = AdversarialInput(rawValue: name) else { throw ValidationError("--inputs: unknown input '\(name)'") }
            return input
        }
        let typical = try typicalCost()
        print(BenchLimitsTable.header(unbounded: unbounded))
        for (stage, cost) in zip(BenchLimitsTable.stages, typical) {
            print(BenchLimitsTable.typicalRow(stage: stage, msPerMB: cost.msPerMB, baselineMB: cost.baselineMB))
        }
        var failures = 0
        for input in chosen {
            for mb in sizeList {
                let bytes = Int(mb * 1_048_576)
                let rows = runChildProcess(["--child-input", input.rawValue, "--child-bytes", String(bytes)])
                for (index, stage) in BenchLimitsTable.stages.enumerated() {
                    let row = index < rows.count ? rows[index] : StageMeasure.missing
                    let line = BenchLimitsTable.row(input: input.rawValue, mb: mb, stage: stage, measure: row, bytes: bytes, typical: typical[index])
                    if line.fails { failures += 1 }
                    print(line.text)
                }
            }
        }
        print(failures == 0 ? "all rows within the targets (time ≤ 3× typical per MB, extra RSS ≤ baseline + 20× input)" : "\(failures) rows over a target (marked ✗)")
    }

    /// ms/MB per stage on the typical samples (each repeated so the time is measurable),
    /// and the stage's baseline: its largest extra peak RSS on one of them.
    private func typicalCost() throws -> [(msPerMB: Double, baselineMB: Double)] {
        let folder = try samples ?? Demo.defaultSamplesFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no typical articles in \(folder)") }
        var ms = [Double](repeating: 0, count: 3)
        var rss = [Double](repeating: 0, count: 3)
        var megabytes = 0.0
        let repeats = max(typicalRepeats, 1)
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file)
            let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
            let rows = runChildProcess(["--child-file", path, "--child-repeat", String(repeats)])
            guard rows.count == 3, rows.allSatisfy({ $0.outcome == "ok" }) else { throw ValidationError("typical article \(file) did not go through: \(rows)") }
            for i in 0..<3 {
                ms[i] += rows[i].milliseconds
                rss[i] = max(rss[i], rows[i].extraMB)
            }
            megabytes += size
        }
        return (0..<3).map { (ms[$0] / megabytes, rss[$0]) }
    }

    private func runChildProcess(_ arguments: [String]) -> [StageMeasure] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        process.arguments = ["bench", "limits"] + arguments + (unbounded ? ["--unbounded"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [] }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return [StageMeasure(milliseconds: timeout * 1000, extraMB: 0, outcome: "timeout")]
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return output.split(separator: "\n").compactMap(StageMeasure.init(line:))
    }

    private func runChild() throws {
        let payload: [UInt8]
        let contentType: String
        if let file = childFile {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            payload = Array(data)
            contentType = ProcessFile.contentType(forExtension: (file as NSString).pathExtension)
        } else {
            let input = try AdversarialInput(rawValue: childInput ?? "").unwrap(or: ValidationError("unknown input"))
            payload = input.generate(bytes: childBytes ?? 1_048_576)
            contentType = input.contentType
        }
        var budgets = ArticleBudgets(maxArticleBytes: max(ArticleLimits.defaultMaxArticleBytes, payload.count))
        if unbounded {
            budgets.maxTextBytes = .max
            budgets.maxRecordBytes = .max
        }
        let pipeline = try OfflinePipeline(budgets: budgets)
        var value = payload
        var type: String? = contentType
        let stages: [(ArticleTransform)] = [pipeline.clean, pipeline.entities, pipeline.quotes]
        for stage in stages {
            StageMemory.resetPeak()
            let before = StageMemory.residentMegabytes(field: "VmRSS:")
            let start = ContinuousClock.now
            var result: Result<TransformedRecord, TransformFailure> = .failure(TransformFailure(code: "none", message: ""))
            for _ in 0..<max(childRepeat, 1) {
                result = Result { () throws(TransformFailure) in try stage.apply(value: value, key: nil, contentType: type) }
            }
            let ms = start.duration(to: .now).seconds * 1000 / Double(max(childRepeat, 1))
            let peak = StageMemory.residentMegabytes(field: "VmHWM:")
            switch result {
            case .success(let record):
                print(StageMeasure(milliseconds: ms, extraMB: max(peak - before, 0), outcome: "ok").line)
                value = record.value
                type = "application/json"
            case .failure(let failure):
                print(StageMeasure(milliseconds: ms, extraMB: max(peak - before, 0), outcome: failure.code.rawValue).line)
                return
            }
        }
    }
}

private extension Optional {
    func unwrap(or error: some Error) throws -> Wrapped {
        guard let self else { throw error }
        return self
    }
}
