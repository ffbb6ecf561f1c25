/// Compose's variable substitution (`${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?message}`, `$VAR`, `$$`), so tests see the values a container gets for a
/// given `.env`. Nested substitutions inside defaults are not supported (compose v1
/// does not support them either).
struct ComposeInterpolation: Sendable {
    /// The project environment: `.env` plus the shell. Empty means "all defaults".
    var variables: [String: String]

    init(variables: [String: String] = [:]) {
        self.variables = variables
    }

    func resolve(_ text: String) throws(DeployFileError) -> String {
        var output = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let afterDollar = rest.index(after: dollar)
            guard afterDollar < rest.endIndex else {
                output += "$"
                rest = rest[afterDollar...]
                break
            }
            let next = rest[afterDollar]
            if next == "$" {
                output += "$"
                rest = rest[rest.index(after: afterDollar)...]
            } else if next == "{" {
                let bodyStart = rest.index(after: afterDollar)
                guard let close = rest[bodyStart...].firstIndex(of: "}") else {
                    output += rest
                    rest = rest[rest.endIndex...]
                    break
                }
                output += try substitute(String(rest[bodyStart..<close]))
                rest = rest[rest.index(after: close)...]
            } else if next.isLetter || next == "_" {
                let nameEnd = rest[afterDollar...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
                output += variables[String(rest[afterDollar..<nameEnd])] ?? ""
                rest = rest[nameEnd...]
            } else {
                output += "$"
                rest = rest[afterDollar...]
            }
        }
        return output + rest
    }

    /// The variable name of a plain `${NAME...}` expression, e.g. for chaining checks.
    static func variableName(in text: String) -> String? {
        guard text.hasPrefix("${"), text.hasSuffix("}") else { return nil }
        let body = text.dropFirst(2).dropLast()
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    private func substitute(_ body: String) throws(DeployFileError) -> String {
        let name = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        let modifier = body.dropFirst(name.count)
        let value = variables[name]
        if modifier.hasPrefix(":-") {
            if let value, !value.isEmpty { return value }
            return String(modifier.dropFirst(2))
        }
        if modifier.hasPrefix("-") { return value ?? String(modifier.dropFirst(1)) }
        if modifier.hasPrefix(":?") {
            guard let value, !value.isEmpty else { throw .undefinedVariable(name: name, message: String(modifier.dropFirst(2))) }
            return value
        }
        if modifier.hasPrefix("?") {
            guard let value else { throw .undefinedVariable(name: name, message: String(modifier.dropFirst(1))) }
            return value
        }
        return value ?? ""
    }
}
