import Articles
import Foundation

/// One payload to send to `articles.raw`, as read from a file, a JSONL line or stdin.
struct FeedItem {
    var value: [UInt8]
    var contentType: String
    var origin: String

    /// The Kafka key: the same id the cleaner will give the article (envelope id, else
    /// derived from URL or body), so partitioning and de-duplication agree end to end.
    var key: [UInt8]? {
        guard let raw = try? RawArticleDecoder(maxBytes: .max).decode(value, contentTypeHeader: contentType) else { return nil }
        return Array(raw.resolvedID.utf8)
    }
}

/// Expands the `produce` arguments: files, folders (recursively, sorted), `.jsonl`
/// files (one article envelope per line) and `-` (JSONL on stdin).
enum ArticleFeed {
    static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "json", "jsonl", "ndjson"]

    static func files(for paths: [String]) throws -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { result.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FeedError.missing(path)
            }
            if isDirectory.boolValue {
                let enumerator = manager.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var nestedIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &nestedIsDirectory), !nestedIsDirectory.boolValue,
                       articleExtensions.contains((full as NSString).pathExtension.lowercased()) {
                        found.append(full)
                    }
                }
                result.append(contentsOf: found.sorted())
            } else {
                result.append(path)
            }
        }
        // Sending nothing is never what was meant (a wrong folder, files with other extensions):
        // say so instead of reporting a successful "sent 0".
        if result.isEmpty { throw FeedError.noArticleFiles(paths) }
        return result
    }

    /// Calls `body` for every item of `path`, streaming JSONL line by line.
    static func forEachItem(in path: String, _ body: (FeedItem) throws -> Void) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        if path == "-" || ext == "jsonl" || ext == "ndjson" {
            let handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            var lineNumber = 0
            try LineReader(handle: handle).forEachLine { line in
                lineNumber += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                try body(FeedItem(value: line, contentType: "application/json", origin: "\(path):\(lineNumber)"))
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw FeedError.unreadable(path) }
        let contentType = switch ext {
        case "html", "htm": "text/html"
        case "json": "application/json"
        default: "text/plain"
        }
        try body(FeedItem(value: Array(data), contentType: contentType, origin: path))
    }
}

enum FeedError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String)
    case noArticleFiles([String])
    case noArticles

    var description: String {
        switch self {
        case .missing(let path): "no such file or folder: \(path)"
        case .unreadable(let path): "cannot read \(path)"
        case .noArticleFiles(let paths):
            "no article files in \(paths.joined(separator: ", ")): folders are searched recursively for "
                + ArticleFeed.articleExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
                + "; name the files or folder that hold the articles"
        case .noArticles:
            "nothing was sent: the input held no articles (empty files or stdin?)"
        }
    }
}

/// Reads a file handle line by line without loading it whole.
struct LineReader {
    let handle: FileHandle

    func forEachLine(_ body: ([UInt8]) throws -> Void) throws {
        var buffer: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            buffer.append(contentsOf: chunk)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                try body(Array(buffer[start..<newline]))
                start = newline + 1
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty { try body(buffer) }
    }
}
