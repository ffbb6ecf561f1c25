import Foundation

/// Validates JSON against the subset of JSON Schema (2020-12) that `deploy/schemas/`
/// uses: type, enum, required, properties, additionalProperties (bool), items,
/// minimum, minLength and local `$ref`s into `$defs`.
public struct JSONSchemaValidator {
    private let root: [String: Any]

    public init(schemaFile path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SchemaError.notAnObject(path)
        }
        self.root = root
    }

    /// Every violation, as `path: problem`; empty when the instance is valid.
    public func violations(of json: [UInt8]) -> [String] {
        guard let instance = try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed]) else {
            return ["$: not valid JSON"]
        }
        var problems: [String] = []
        check(instance, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into problems: inout [String]) {
        if let ref = schema["$ref"] as? String {
            guard let resolved = resolve(ref) else { problems.append("\(path): unresolved $ref \(ref)"); return }
            check(value, against: resolved, at: path, into: &problems)
            return
        }
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
            guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
                problems.append("\(path): expected \(allowed.joined(separator: "|")), got \(Self.typeName(of: value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any] {
            if !options.contains(where: { Self.equal($0, value) }) { problems.append("\(path): \(value) not in enum") }
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
            problems.append("\(path): \(number) < minimum \(minimum)")
        }
        if let minLength = schema["minLength"] as? Int, let text = value as? String, text.unicodeScalars.count < minLength {
            problems.append("\(path): shorter than \(minLength)")
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                problems.append("\(path): missing required \(key)")
            }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    check(child, against: childSchema, at: "\(path).\(key)", into: &problems)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private static func isBool(_ value: Any) -> Bool {
        // Foundation gives JSON booleans the objCType "c" (and a dedicated class).
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "integer":
            guard let number = value as? NSNumber, !isBool(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBool(value)
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func typeName(of value: Any) -> String {
        for type in ["null", "boolean", "integer", "number", "string", "array", "object"] where matches(value, type: type) {
            return type
        }
        return "unknown"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }
}

public enum SchemaError: Error {
    case notAnObject(String)
}
