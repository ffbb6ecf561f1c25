import Foundation

/// What every page shows around its content: the navigation and a status line.
struct Chrome {
    struct NavItem {
        let label: String
        let href: String
        let current: Bool
    }

    enum Section: String, CaseIterable {
        case articles = "Articles"
        case deadLetters = "Dead letters"
        case pipeline = "Pipeline"

        var path: String {
            switch self {
            case .articles: "/"
            case .deadLetters: "/dead-letters"
            case .pipeline: "/pipeline"
            }
        }
    }

    let home: String
    let nav: [NavItem]
    let statusText: String
    let footer: String

    init(current: Section?, status: String, footer: String) {
        home = "/"
        nav = Section.allCases.map { NavItem(label: $0.rawValue, href: $0.path, current: $0 == current) }
        statusText = status
        self.footer = footer
    }

    /// The offline page: no links to a server.
    init(offlineFooter: String) {
        home = "#article"
        nav = []
        statusText = ""
        footer = offlineFooter
    }
}

enum Format {
    static func time(ms: Int64?) -> String {
        guard let ms else { return "" }
        return time(Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func count(_ n: Int64) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: n)) ?? String(n)
    }

    static func rate(_ value: Double?) -> String {
        guard let value else { return "measuring…" }
        return String(format: "%.1f records/s over the last minute", value)
    }

    /// Text for `{{ }}`: valid UTF-8 shown as is (the template escapes it), anything else
    /// as a hex dump; cut to `limit` bytes.
    static func payload(_ bytes: [UInt8], limit: Int, totalSize: Int) -> (text: String, summary: String) {
        let shown = Array(bytes.prefix(limit))
        let cut = totalSize > shown.count ? " (first \(shown.count) shown)" : ""
        if let text = String(validating: shown, as: UTF8.self), !text.unicodeScalars.contains(where: { $0.value == 0 }) {
            let kind = text.first.map { $0 == "{" || $0 == "[" } == true ? "JSON or text" : "text"
            return (text, "\(totalSize) bytes, \(kind)\(cut)")
        }
        var lines: [String] = []
        for start in stride(from: 0, to: min(shown.count, 4096), by: 16) {
            let row = shown[start..<min(start + 16, shown.count)]
            let hex = row.map { String(format: "%02x", $0) }.joined(separator: " ")
            let ascii = String(row.map { (0x20..<0x7F).contains($0) ? Character(Unicode.Scalar($0)) : "." })
            lines.append(String(format: "%06x  ", start) + hex.padding(toLength: 48, withPad: " ", startingAt: 0) + "  " + ascii)
        }
        return (lines.joined(separator: "\n"), "\(totalSize) bytes, binary (hex)\(cut)")
    }

    /// Percent-encodes a query value.
    static func query(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        allowed.insert(charactersIn: "-._~")
        return pairs.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}
