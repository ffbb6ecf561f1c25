import Evaluation
import Foundation

/// Peak resident set size from /proc/self/status (VmHWM), Linux only; the memory
/// figure every bench command prints.
enum PeakMemory {
    static func residentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return nil }
        return kilobytes / 1024
    }

    static func describe() -> String {
        residentMegabytes().map { String(format: "%.1f MB (VmHWM)", $0) } ?? "unknown (no /proc/self/status)"
    }
}

extension Duration {
    /// The duration in seconds, for rates.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
