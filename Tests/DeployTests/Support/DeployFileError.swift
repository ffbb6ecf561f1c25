/// Why a deployment file could not be read or does not have the expected shape.
enum DeployFileError: Error, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case invalidYAML(path: String, reason: String)
    case unexpectedShape(path: String, detail: String)
    case undefinedVariable(name: String, message: String)

    var description: String {
        switch self {
        case .missing(let path):
            "\(path) does not exist; the deploy tests read it from the repository checkout"
        case .unreadable(let path, let reason):
            "\(path) could not be read as UTF-8 text: \(reason)"
        case .invalidYAML(let path, let reason):
            "\(path) is not valid YAML: \(reason)"
        case .unexpectedShape(let path, let detail):
            "\(path) has an unexpected shape: \(detail)"
        case .undefinedVariable(let name, let message):
            "required variable \(name) is not set: \(message)"
        }
    }
}
