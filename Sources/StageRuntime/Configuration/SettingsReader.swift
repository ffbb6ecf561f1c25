import Configuration
import Foundation

/// The one place configuration is read: flags first, then environment variables, then
/// the caller's default. Built on swift-configuration's provider hierarchy (an in-memory
/// provider for the parsed flags in front of the environment provider). An empty
/// environment value counts as unset, because compose passes bare keys through empty.
public struct SettingsReader: Sendable {
    private let reader: ConfigReader
    /// The non-empty environment, for the pass-through properties matched by prefix.
    private let environment: [String: String]
    private let flagProperties: [String]

    /// - Parameters:
    ///   - flags: the values given on the command line, by setting.
    ///   - kafkaProperties: `key=value` pairs from `--kafka-property`.
    ///   - environment: the process environment (tests pass their own).
    public init(
        flags: [Setting: String] = [:], kafkaProperties: [String] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let setEnvironment = environment.filter { !$0.value.isEmpty }
        var flagValues: [AbsoluteConfigKey: ConfigValue] = [:]
        for (setting, value) in flags where !value.isEmpty {
            flagValues[AbsoluteConfigKey(setting.key.split(separator: ".").map(String.init))] =
                ConfigValue(.string(value), isSecret: false)
        }
        reader = ConfigReader(providers: [
            InMemoryProvider(name: "flags", values: flagValues),
            EnvironmentVariablesProvider(
                environmentVariables: setEnvironment,
                secretsSpecifier: .dynamic { name, _ in Self.isSecret(name) }),
        ])
        self.environment = setEnvironment
        flagProperties = kafkaProperties
    }

    /// The value of `setting`, or nil when neither a flag nor the environment sets it.
    public func string(_ setting: Setting) -> String? {
        reader.string(forKey: ConfigKey(setting.key.split(separator: ".").map(String.init)))
    }

    /// A whole number within `range`, refused with the variable's name otherwise.
    public func integer(_ setting: Setting, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let text = string(setting) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw ConfigurationError(setting: setting, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// One of `Value`'s raw values (case-insensitive), refused with the choices otherwise.
    public func choice<Value: RawRepresentable & CaseIterable>(_ setting: Setting, of _: Value.Type) throws(ConfigurationError) -> Value?
    where Value.RawValue == String {
        guard let text = string(setting) else { return nil }
        guard let value = Value(rawValue: text.lowercased()) else {
            throw ConfigurationError(setting: setting, value: text, expected: "one of " + Value.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// librdkafka properties: `KAFKA_PROP_*` from the environment, then `--kafka-property`
    /// flags, which win.
    public func kafkaProperties() throws(ConfigurationError) -> [String: String] {
        var properties: [String: String] = [:]
        for (key, value) in environment {
            if let property = WorkerEnvironment.librdkafkaProperty(forKey: key) { properties[property] = value }
        }
        for pair in flagProperties {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                throw ConfigurationError(flag: WorkerSettings.kafkaPropertyFlag, value: pair, expected: "key=value")
            }
            properties[String(parts[0])] = String(parts[1])
        }
        return properties
    }

    /// Names that hold credentials (sasl.password, ssl.key.password, ...): masked in logs.
    public static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return ["password", "secret", "token", "sasl.jaas", "sasl_jaas", "ssl.key.pem", "ssl_key_pem", "credentials"]
            .contains { lowered.contains($0) }
    }
}

/// A configuration value that cannot be used: names the flag and variable, the value
/// and what was expected, so the fix is obvious from the message alone.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(setting: Setting, value: String, expected: String) {
        description = "\(setting.environmentName) (--\(setting.flag)) must be \(expected), got '\(value)'"
    }

    init(flag: String, value: String, expected: String) {
        description = "--\(flag) takes \(expected), got '\(value)'"
    }
}
