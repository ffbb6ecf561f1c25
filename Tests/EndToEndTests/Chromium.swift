import Foundation
import TestSupport

/// Debian's headless `chromium`, driven from the command line (`--dump-dom`, `--screenshot`).
/// `make test` installs it (`scripts/install-chromium`); when it is missing the browser tests
/// are skipped, loudly: a line on stdout and the skip reason in the test report.
enum Chromium {
    static let path: String? = {
        let candidates = [ProcessInfo.processInfo.environment["NEWSFLOW_CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser"]
        let found = candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil {
            print("""
                ************************************************************************
                BROWSER TESTS SKIPPED: chromium is not installed (apt-get install -y chromium,
                or run scripts/install-chromium; NEWSFLOW_CHROMIUM names another binary).
                ************************************************************************
                """)
        }
        return found
    }()

    static var isAvailable: Bool { path != nil }

    /// Runs chromium headless with `arguments` plus the URL; its stdout, or nil when it failed
    /// or took longer than `timeout`.
    static func run(_ arguments: [String], url: String, timeout: TimeInterval = 60) throws -> String? {
        guard let path else { return nil }
        let profile = NSTemporaryDirectory() + "newsflow-chromium-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(profile)",
        ] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let collected = Collected()
        let reader = Thread {
            collected.data = output.fileHandleForReading.readDataToEndOfFile()
            collected.done.signal()
        }
        reader.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        // A helper process of chromium's that outlived it would keep the pipe open: give up on
        // the output rather than hang the test run.
        guard collected.done.wait(timeout: .now() + 15) == .success else { return nil }
        return process.terminationStatus == 0 ? String(decoding: collected.data, as: UTF8.self) : nil
    }

    /// The DOM after scripts ran (`--dump-dom`), given `budgetMs` of virtual time.
    static func dumpDOM(_ url: String, budgetMs: Int = 3000) throws -> String? {
        try run(["--virtual-time-budget=\(budgetMs)", "--dump-dom"], url: url)
    }

    /// A PNG of the page at `width`×`height`.
    static func screenshot(_ url: String, to file: String, width: Int = 1280, height: Int = 1400) throws -> Bool {
        try? FileManager.default.removeItem(atPath: file)
        _ = try run(["--window-size=\(width),\(height)", "--screenshot=\(file)"], url: url)
        return FileManager.default.fileExists(atPath: file)
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
