import Foundation
import Yams

/// Loosely typed access to what `Yams.load` returns, with errors that name the file
/// and the key, so a malformed compose file fails a test with a readable message.
struct YAMLValue {
    let raw: Any?
    let path: String
    let location: String

    static func load(_ text: String, path: String) throws(DeployFileError) -> YAMLValue {
        do {
            return YAMLValue(raw: try Yams.load(yaml: text), path: path, location: "top level")
        } catch {
            throw .invalidYAML(path: path, reason: "\(error)")
        }
    }

    var isNull: Bool { raw == nil || raw is NSNull }

    subscript(key: String) -> YAMLValue {
        let mapping = raw as? [AnyHashable: Any]
        return YAMLValue(raw: mapping?[AnyHashable(key)], path: path, location: "\(location).\(key)")
    }

    /// Keys of a mapping, sorted; empty for anything else.
    var keys: [String] {
        guard let mapping = raw as? [AnyHashable: Any] else { return [] }
        return mapping.keys.compactMap { $0.base as? String }.sorted()
    }

    /// A scalar as compose sees it: numbers and booleans as their YAML text.
    var scalar: String? {
        switch raw {
        case let string as String: string
        case let bool as Bool: bool ? "true" : "false"
        case let int as Int: String(int)
        case let double as Double: String(double)
        default: nil
        }
    }

    func requiredScalar() throws(DeployFileError) -> String {
        guard let scalar else { throw .unexpectedShape(path: path, detail: "\(location) should be a single value") }
        return scalar
    }

    /// A sequence of scalars; a single string counts as a one-element list.
    var scalars: [String] {
        if let list = raw as? [Any] {
            return list.compactMap { YAMLValue(raw: $0, path: path, location: location).scalar }
        }
        return scalar.map { [$0] } ?? []
    }

    var elements: [YAMLValue] {
        guard let list = raw as? [Any] else { return [] }
        return list.enumerated().map { YAMLValue(raw: $1, path: path, location: "\(location)[\($0)]") }
    }
}
