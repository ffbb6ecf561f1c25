import Foundation

/// One stage's figures from a `bench limits` child: wall time, extra peak RSS over the
/// RSS before the stage, and `ok` or the dead-letter code.
struct StageMeasure: CustomStringConvertible {
    var milliseconds: Double
    var extraMB: Double
    var outcome: String

    static let missing = StageMeasure(milliseconds: 0, extraMB: 0, outcome: "-")

    init(milliseconds: Double, extraMB: Double, outcome: String) {
        self.milliseconds = milliseconds
        self.extraMB = extraMB
        self.outcome = outcome
    }

    /// The child's line: `measure <ms> <extra MB> <outcome>`.
    init?(line: Substring) {
        let parts = line.split(separator: " ")
        guard parts.count == 4, parts[0] == "measure", let ms = Double(parts[1]), let mb = Double(parts[2]) else { return nil }
        self.init(milliseconds: ms, extraMB: mb, outcome: String(parts[3]))
    }

    var line: String { String(format: "measure %.3f %.3f %@", milliseconds, extraMB, outcome) }
    var description: String { line }
}

/// Peak RSS per stage: Linux resets VmHWM to the current RSS when "5" is written to
/// /proc/self/clear_refs, so each stage's peak is its own.
enum StageMemory {
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func residentMegabytes(field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return kilobytes / 1024
    }
}

/// The table `bench limits` prints.
enum BenchLimitsTable {
    static let stages = ["clean", "entities", "quotes"]
    static let maxTimeRatio = 3.0
    static let maxRSSPerMB = 20.0

    static func header(unbounded: Bool) -> String {
        """
        budgets: \(unbounded ? "text and record budgets lifted (--unbounded)" : "default text and record budgets; raw budget raised to fit the input")
        each stage includes reading its input record and writing its output record (JSON)
        \(pad("input", 10)) \(pad("MB", 5)) \(pad("stage", 9)) \(pad("ms", 9)) \(pad("ms/MB", 9)) \(pad("×typ", 6)) \(pad("RSS MB", 7)) \(pad("RSS/MB", 7)) outcome
        (ms/MB: wall time per MB of input; ×typ: that over the typical articles' ms/MB; RSS MB: extra peak RSS
        of the stage; RSS/MB: that minus the stage's baseline, per MB of input)
        """
    }

    static func typicalRow(stage: String, msPerMB: Double, baselineMB: Double) -> String {
        "\(pad("typical", 10)) \(pad("-", 5)) \(pad(stage, 9)) \(pad("-", 9)) \(pad(String(format: "%.1f", msPerMB), 9)) \(pad("1.00", 6)) \(pad(String(format: "%.1f", baselineMB), 7)) \(pad("-", 7)) samples (RSS MB: the baseline)"
    }

    static func row(input: String, mb: Double, stage: String, measure: StageMeasure, bytes: Int, typical: (msPerMB: Double, baselineMB: Double)) -> (text: String, fails: Bool) {
        let inputMB = Double(bytes) / 1_048_576
        let msPerMB = measure.milliseconds / inputMB
        let ratio = typical.msPerMB > 0 ? msPerMB / typical.msPerMB : 0
        // Extra peak RSS beyond the stage's baseline, per MB of input.
        let rssPerMB = max(measure.extraMB - typical.baselineMB, 0) / inputMB
        let ran = measure.outcome != "-"
        let fails = measure.outcome == "timeout" || (ran && (ratio > maxTimeRatio || rssPerMB > maxRSSPerMB))
        let text = "\(pad(input, 10)) \(pad(String(format: "%g", mb), 5)) \(pad(stage, 9)) \(pad(ran ? String(format: "%.0f", measure.milliseconds) : "-", 9)) "
            + "\(pad(ran ? String(format: "%.1f", msPerMB) : "-", 9)) \(pad(ran ? String(format: "%.2f", ratio) : "-", 6)) "
            + "\(pad(ran ? String(format: "%.1f", measure.extraMB) : "-", 7)) \(pad(ran ? String(format: "%.1f", rssPerMB) : "-", 7)) "
            + "\(measure.outcome)\(fails ? " ✗" : "")"
        return (text, fails)
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
