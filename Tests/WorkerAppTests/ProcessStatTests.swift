import Foundation
import Testing
@testable import WorkerApp

/// `/proc/self/stat` as proc(5) documents it, read into the standard process series.
@Suite("Process metrics")
struct ProcessStatTests {
    /// A real line's shape: the command name in parentheses may hold spaces and ')'.
    static let stat = "4242 (newsflow (worker) x) S 1 4242 4242 0 -1 4194560 2795 0 0 0 150 50 0 0 20 0 9 0 12000 "
        + "734003200 51200 18446744073709551615 1 1 0 0 0 0 0 4096 17646 0 0 0 17 1 0 0 0 0 0"
    static let systemStat = "cpu  1 2 3 4\nintr 5\nbtime 1700000000\nprocesses 9\n"

    @Test("CPU, start time, virtual and resident memory come from their proc(5) fields")
    func fields() throws {
        let sample = try #require(ProcessStat(stat: Self.stat, systemStat: Self.systemStat, clockTicksPerSecond: 100, pageSize: 4096))
        #expect(sample.cpuSeconds == 2.0)            // (utime 150 + stime 50) / 100
        #expect(sample.startTimeSeconds == 1_700_000_120) // btime + starttime 12000 / 100
        #expect(sample.virtualBytes == 734_003_200)
        #expect(sample.residentBytes == 51_200 * 4096)
    }

    @Test("a truncated line or a missing boot time gives no sample")
    func malformed() {
        #expect(ProcessStat(stat: "1 (x) S 1 2", systemStat: Self.systemStat, clockTicksPerSecond: 100, pageSize: 4096) == nil)
        #expect(ProcessStat(stat: Self.stat, systemStat: "cpu 1\n", clockTicksPerSecond: 100, pageSize: 4096) == nil)
    }

    @Test("this process's own /proc/self/stat parses")
    func ownProcess() throws {
        let stat = try String(contentsOfFile: "/proc/self/stat", encoding: .utf8)
        let system = try String(contentsOfFile: "/proc/stat", encoding: .utf8)
        let sample = try #require(ProcessStat(stat: stat, systemStat: system, clockTicksPerSecond: 100, pageSize: 4096))
        #expect(sample.residentBytes > 1_000_000)
        #expect(sample.startTimeSeconds > 1_600_000_000)
    }
}
