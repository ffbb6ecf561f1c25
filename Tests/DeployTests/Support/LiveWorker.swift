import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// A `newsflow` child process of the build under test (`.build/debug`, or
/// NEWSFLOW_BIN_DIR), with its output in a log file: the broker, a worker, the producer.
final class NewsflowProcess {
    let process = Process()
    let logPath: String

    init(_ arguments: [String], environment: [String: String] = [:], logDirectory: String) throws {
        logPath = "\(logDirectory)/\(arguments.prefix(2).joined(separator: "-"))-\(UUID().uuidString.prefix(8)).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let directory = ProcessInfo.processInfo.environment["NEWSFLOW_BIN_DIR"]
            ?? RepositoryFiles.root.appendingPathComponent(".build/debug").path
        process.executableURL = URL(fileURLWithPath: "\(directory)/newsflow")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Waits for the process to end by itself; its exit status, or nil after `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// SIGTERM, then SIGKILL after `timeout`.
    func stop(timeout: TimeInterval = 20) {
        guard process.isRunning else { return }
        process.terminate()
        if waitForExit(timeout: timeout) == nil {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// GET http://127.0.0.1:port/path → (status, body), or nil when nothing answers.
func localGet(port: Int, path: String) -> (status: Int, body: String)? {
    let semaphore = DispatchSemaphore(value: 0)
    let result = Mutex<(Int, String)?>(nil)
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.timeoutInterval = 5
    URLSession.shared.dataTask(with: request) { data, response, _ in
        if let response = response as? HTTPURLResponse {
            result.withLock { $0 = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self)) }
        }
        semaphore.signal()
    }.resume()
    // The request's own timeout ends it; the bound here only keeps a lost callback from
    // hanging the test run.
    guard semaphore.wait(timeout: .now() + 30) == .success else { return nil }
    return result.withLock { $0 }
}

/// A TCP port nothing listens on now (bound to 0 on loopback, read back, released).
func unusedLocalPort() -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Sample names of a Prometheus text exposition (`name{labels} value` lines).
func exposedMetricNames(_ text: String) -> Set<String> {
    Set(text.split(separator: "\n").compactMap { line -> String? in
        guard !line.hasPrefix("#"), let name = line.split(whereSeparator: { $0 == "{" || $0 == " " }).first else { return nil }
        return String(name)
    })
}
