/// A JSON decoding failure in words a producer can act on ("field 'title' must be a
/// string"), never Swift's own `DecodingError` text, which names Swift types.
public enum JSONDecodingProblem {
    /// Fields whose values come from a fixed set, named in the message.
    static let allowedValues = ["content_type": ContentType.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")]

    public static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "(top level)" : "field '\(keys)'"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)) must be \(Self.jsonTypeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context)) must be \(Self.jsonTypeName(type)), not null"
        case .keyNotFound(let key, _):
            return "required field '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            if let allowed = allowedValues[context.codingPath.last?.stringValue ?? ""] {
                return "\(path(context)) must be one of \(allowed)"
            }
            return "\(path(context)) has a value that is not allowed"
        @unknown default:
            return "not a valid envelope"
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "a value of another JSON type"
        }
    }
}
