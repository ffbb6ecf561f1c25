import Foundation

/// A `newsflow broker` child process with the pipeline topics, for tests that need a
/// cluster that answers.
struct LocalBroker {
    let process: WorkerProcess
    let address: String

    init(partitions: Int = 2, logDirectory: String) throws {
        let addressFile = "\(logDirectory)/broker-\(UUID().uuidString.prefix(8)).address"
        process = try WorkerProcess("newsflow", arguments: ["broker", "--partitions", "\(partitions)", "--address-file", addressFile], logDirectory: logDirectory)
        let deadline = Date().addingTimeInterval(30)
        var text = ""
        while text.isEmpty, Date() < deadline {
            text = (try? String(contentsOfFile: addressFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty { usleep(100_000) }
        }
        guard !text.isEmpty else {
            process.terminate()
            throw E2EError.brokerDidNotStart
        }
        address = text
    }

    func stop() { process.terminate() }
}

/// A fresh temporary folder for one test's logs and files.
func temporaryDirectory(_ prefix: String) throws -> String {
    let directory = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
}

extension WorkerProcess {
    /// Waits until the log holds every one of `texts`, or `timeout` passes (or the process ends).
    func waitForLog(containing texts: [String], timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = log
            if texts.allSatisfy({ current.contains($0) }) { return true }
            if !process.isRunning { return texts.allSatisfy { log.contains($0) } }
            usleep(100_000)
        }
        return false
    }

    /// Waits for the process to end by itself; its exit status, or nil after `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
