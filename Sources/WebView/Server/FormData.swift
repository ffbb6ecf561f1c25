import Foundation

/// `application/x-www-form-urlencoded` pairs, from a query string or a POST body
/// (`+` is a space, `%XX` a byte). The last value of a repeated name wins.
struct FormData {
    private(set) var values: [String: String] = [:]

    init(_ text: String?) {
        guard let text else { return }
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map(Self.decode), !name.isEmpty else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
