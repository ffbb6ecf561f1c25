import Foundation
import Prometheus
import Synchronization

/// The standard Prometheus process series (the names every client library's process
/// collector uses), read from `/proc` at each scrape: `process_resident_memory_bytes`,
/// `process_virtual_memory_bytes`, `process_cpu_seconds_total`,
/// `process_start_time_seconds` and `process_open_fds`. swift-prometheus has no process
/// collector; dashboards and restart alerts need these. Linux only: elsewhere nothing
/// is emitted.
final class ProcessMetrics: Sendable {
    private let residentMemory: Gauge
    private let virtualMemory: Gauge
    private let startTime: Gauge
    private let openFileDescriptors: Gauge
    private let cpuSeconds: Counter
    /// CPU seconds already added to the counter (a Prometheus counter only increments).
    private let countedCPU = Mutex<Double>(0)

    init(registry: PrometheusCollectorRegistry) {
        residentMemory = registry.makeGauge(name: "process_resident_memory_bytes", help: "Resident memory size in bytes.")
        virtualMemory = registry.makeGauge(name: "process_virtual_memory_bytes", help: "Virtual memory size in bytes.")
        startTime = registry.makeGauge(name: "process_start_time_seconds", help: "Start time of the process since the Unix epoch in seconds.")
        openFileDescriptors = registry.makeGauge(name: "process_open_fds", help: "Number of open file descriptors.")
        cpuSeconds = registry.makeCounter(name: "process_cpu_seconds_total", help: "Total user and system CPU time spent in seconds.")
    }

    /// Reads `/proc/self` and updates the series; called before each `/metrics` answer.
    func update() {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let system = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let sample = ProcessStat(
                stat: stat, systemStat: system,
                clockTicksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))), pageSize: Double(sysconf(Int32(_SC_PAGESIZE))))
        else { return }
        residentMemory.set(sample.residentBytes)
        virtualMemory.set(sample.virtualBytes)
        startTime.set(sample.startTimeSeconds)
        if let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
            openFileDescriptors.set(Int64(descriptors.count))
        }
        let added = countedCPU.withLock { counted -> Double in
            let delta = sample.cpuSeconds - counted
            guard delta > 0 else { return 0 }
            counted = sample.cpuSeconds
            return delta
        }
        if added > 0 { cpuSeconds.increment(by: added) }
    }
}

/// The figures of `/proc/self/stat` (proc(5)) the process series need.
struct ProcessStat: Equatable {
    var cpuSeconds: Double
    var startTimeSeconds: Double
    var virtualBytes: Double
    var residentBytes: Double

    /// `stat` is `/proc/self/stat`, `systemStat` is `/proc/stat` (for `btime`, the boot time).
    init?(stat: String, systemStat: String, clockTicksPerSecond: Double, pageSize: Double) {
        // The command name (field 2) is in parentheses and may hold spaces: split after it.
        guard let close = stat.lastIndex(of: ")"), clockTicksPerSecond > 0 else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        // fields[0] is field 3 (state); utime is 14, stime 15, starttime 22, vsize 23, rss 24.
        guard fields.count > 21,
              let userTicks = Double(fields[11]), let systemTicks = Double(fields[12]),
              let startTicks = Double(fields[19]), let virtualBytes = Double(fields[20]), let residentPages = Double(fields[21]),
              let bootLine = systemStat.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
              let bootTime = Double(bootLine.dropFirst("btime ".count).trimmingCharacters(in: .whitespaces))
        else { return nil }
        cpuSeconds = (userTicks + systemTicks) / clockTicksPerSecond
        startTimeSeconds = bootTime + startTicks / clockTicksPerSecond
        self.virtualBytes = virtualBytes
        residentBytes = residentPages * pageSize
    }
}
