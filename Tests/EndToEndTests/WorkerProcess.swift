import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import TestSupport

/// A Newsflow executable started as a real child process, its output sent to a log file.
final class WorkerProcess {
    let name: String
    let process = Process()
    let logPath: String

    /// Starts `directory/executable` (default: the build's bin directory). `name` labels the
    /// process in logs and reports, e.g. "newsflow worker cleaner" for `newsflow worker cleaner`.
    init(
        _ executable: String, arguments: [String] = [], environment: [String: String] = [:], logDirectory: String,
        name: String? = nil, directory: String = WorkerProcess.binDirectory
    ) throws {
        self.name = name ?? executable
        logPath = "\(logDirectory)/\(self.name.replacingOccurrences(of: " ", with: "-"))-\(UUID().uuidString.prefix(8)).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: "\(directory)/\(executable)")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    /// Where `swift build` put the executables (override with NEWSFLOW_BIN_DIR).
    static var binDirectory: String {
        ProcessInfo.processInfo.environment["NEWSFLOW_BIN_DIR"] ?? RepositoryPaths.path(".build/debug")
    }

    /// SIGKILL: no batch finished, nothing committed, no group left.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then wait; returns the exit status.
    @discardableResult
    func terminate(timeout: TimeInterval = 30) -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { kill9(); return -9 }
        return process.terminationStatus
    }

    /// VmHWM of the running process, from /proc.
    var peakResidentMegabytes: Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return nil }
        return kilobytes / 1024
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
}

/// A free TCP port on loopback (bind to 0, read it back, release it).
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// GET http://127.0.0.1:port/path → (status, body), or nil when nothing answers.
func httpGet(port: Int, path: String) -> (Int, String)? {
    let semaphore = DispatchSemaphore(value: 0)
    let result = Mutex<(Int, String)?>(nil)
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.timeoutInterval = 5
    URLSession.shared.dataTask(with: request) { data, response, _ in
        if let response = response as? HTTPURLResponse {
            let body = String(decoding: data ?? Data(), as: UTF8.self)
            result.withLock { $0 = (response.statusCode, body) }
        }
        semaphore.signal()
    }.resume()
    // The request's own timeout ends it; the bound here only keeps a lost callback from
    // hanging the test run.
    guard semaphore.wait(timeout: .now() + 30) == .success else { return nil }
    return result.withLock { $0 }
}
