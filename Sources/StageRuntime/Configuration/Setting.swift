import Foundation

/// One configuration key, declared once: where it is read from (flag, then environment
/// variable), what it means, its default and unit. The README's configuration table is
/// generated from these declarations (`newsflow config`), and a test keeps them equal.
public struct Setting: Sendable, Hashable {
    /// The swift-configuration key (`newsflow.batch.size`); its environment variable is
    /// the key upper-cased with `_` for `.` (`NEWSFLOW_BATCH_SIZE`).
    public let key: String
    /// The long flag without dashes (`batch-size`).
    public let flag: String
    /// The default as a reader should see it (`500`, `newsflow-<stage>`).
    public let defaultText: String
    /// The unit of the value, empty for names and modes.
    public let unit: String
    /// One line: what the setting does.
    public let doc: String

    public init(key: String, flag: String, default defaultText: String, unit: String = "", doc: String) {
        self.key = key
        self.flag = flag
        self.defaultText = defaultText
        self.unit = unit
        self.doc = doc
    }

    /// The flag's help: what it does, its variable and default.
    public var help: String {
        let shownDefault = defaultText.replacingOccurrences(of: "`", with: "")
        return "\(doc.replacingOccurrences(of: "`", with: "")) (env \(environmentName); default \(shownDefault)\(unit.isEmpty ? "" : " " + unit))."
    }

    /// How an operator sets it, for messages: `NEWSFLOW_INPUT_TOPIC or --input-topic`.
    public var howToSet: String { "\(environmentName) or --\(flag)" }

    /// The environment variable swift-configuration's environment provider reads for `key`.
    public var environmentName: String {
        key.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
}
