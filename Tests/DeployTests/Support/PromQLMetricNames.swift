import Foundation

/// The metric names a PromQL expression reads: every identifier that is not a function
/// call, a keyword, a label inside `{…}`, a label list of `by`/`without`/`on`/
/// `ignoring`/`group_left`/`group_right`, or a duration or subquery range inside `[…]`.
/// Enough of PromQL for the rule and dashboard files; it is no full parser.
enum PromQLMetricNames {
    static let keywords: Set<String> = ["by", "without", "on", "ignoring", "group_left", "group_right",
                                        "and", "or", "unless", "bool", "offset", "inf", "nan",
                                        // Aggregations, which may be followed by `by (…)` instead of `(`.
                                        "sum", "min", "max", "avg", "count", "group", "stddev", "stdvar",
                                        "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio"]
    static let labelListKeywords: Set<String> = ["by", "without", "on", "ignoring", "group_left", "group_right"]

    static func names(in expression: String) -> Set<String> {
        let characters = Array(expression)
        var names: Set<String> = []
        var index = 0
        func skip(past close: Character, from open: Character) {
            var depth = 0
            while index < characters.count {
                let character = characters[index]
                index += 1
                if character == "\"" || character == "'" { skipString(character) }
                else if character == open { depth += 1 }
                else if character == close { depth -= 1; if depth == 0 { return } }
            }
        }
        func skipString(_ quote: Character) {
            while index < characters.count {
                let character = characters[index]
                index += 1
                if character == "\\" { index += 1 } else if character == quote { return }
            }
        }
        func isIdentifierStart(_ character: Character) -> Bool { character.isLetter || character == "_" || character == ":" }
        func isIdentifierPart(_ character: Character) -> Bool { isIdentifierStart(character) || character.isNumber }

        while index < characters.count {
            let character = characters[index]
            if character == "{" { skip(past: "}", from: "{"); continue }
            if character == "[" { skip(past: "]", from: "["); continue }
            if character == "\"" || character == "'" { index += 1; skipString(character); continue }
            if character == "$" {
                // A Grafana variable ($stage, $__rate_interval): never a name.
                index += 1
                while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
                continue
            }
            if character.isNumber || character == "." {
                // A number or duration (0.99, 1e3, 5m) is one token: never a name.
                while index < characters.count, isIdentifierPart(characters[index]) || characters[index] == "." { index += 1 }
                continue
            }
            guard isIdentifierStart(character) else { index += 1; continue }
            let start = index
            while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
            let word = String(characters[start..<index])
            var next = index
            while next < characters.count, characters[next] == " " || characters[next] == "\n" { next += 1 }
            let followedByParenthesis = next < characters.count && characters[next] == "("
            if labelListKeywords.contains(word) {
                if followedByParenthesis { index = next; skip(past: ")", from: "(") }
                continue
            }
            if keywords.contains(word.lowercased()) || followedByParenthesis { continue }
            names.insert(word)
        }
        return names
    }

    /// `label_values(metric, label)` of a Grafana template variable: its metric.
    static func labelValuesMetric(_ query: String) -> String? {
        guard let open = query.range(of: "label_values(") else { return nil }
        let arguments = query[open.upperBound...].prefix { $0 != ")" }
        let parts = arguments.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 ? String(parts[0].prefix { $0 != "{" }) : nil
    }
}
