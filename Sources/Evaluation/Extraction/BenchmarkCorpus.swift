import Articles
import Foundation

/// The benchmark folder: truth, ids and gzipped pages.
package struct BenchmarkCorpus {
    package let folder: URL
    package let truth: [String: String]
    package let ids: [String]

    package init(folder path: String, idsFile: String?) throws {
        folder = URL(fileURLWithPath: path).standardizedFileURL
        let truthData = try Data(contentsOf: folder.appendingPathComponent("ground-truth.json"))
        guard let object = try JSONSerialization.jsonObject(with: truthData) as? [String: Any] else {
            throw EvaluationDataError("\(path)/ground-truth.json is not a JSON object of {id: {\"articleBody\": ...}}")
        }
        var truth: [String: String] = [:]
        for (id, value) in object {
            truth[id] = ((value as? [String: Any])?["articleBody"] as? String) ?? (value as? String) ?? ""
        }
        self.truth = truth
        if let idsFile {
            let wanted = try String(contentsOfFile: idsFile, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
                let id = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                    .trimmingCharacters(in: .whitespaces) ?? ""
                return id.isEmpty ? nil : id
            }
            if let unknown = wanted.first(where: { truth[$0] == nil }) {
                throw EvaluationDataError("id \(unknown) in \(idsFile) is not in the ground truth")
            }
            ids = Array(Set(wanted)).sorted()
        } else {
            ids = truth.keys.sorted()
        }
    }

    /// The page's HTML, gunzipped with the system's gzip and decoded like the pipeline does.
    package func page(_ id: String) throws -> String {
        let path = folder.appendingPathComponent("html/\(id).html.gz").path
        let bytes = try Gunzip.read(path)
        // Valid UTF-8 is UTF-8 whatever the page declares (many pages declare Latin-1 and send UTF-8).
        if TextDecoding.firstInvalidUTF8Offset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
        return (try? TextDecoding.decode(bytes, declaredCharset: nil)) ?? String(decoding: bytes, as: UTF8.self)
    }
}

/// Reads .gz files by running `gzip -dc` (Foundation has no gzip, and I/O is not timed).
enum Gunzip {
    static func read(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec gzip -dc \"$0\"", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw EvaluationDataError("gzip could not read \(path)") }
        return [UInt8](data)
    }
}
