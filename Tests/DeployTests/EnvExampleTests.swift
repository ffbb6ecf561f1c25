import Foundation
import StageRuntime
import Testing

/// `deploy/.env.example` documents only settings that exist: each key is a compose
/// variable or a worker key the compose file passes through, and the values shown in
/// the sections before "managed Kafka" are the compose defaults.
@Suite("deploy/.env.example")
struct EnvExampleTests {
    static let path = "deploy/.env.example"

    struct Setting {
        var key: String
        var value: String
        var line: String
    }

    /// `KEY=value` lines, commented out or not, in file order.
    static func settings() throws -> [Setting] {
        try RepositoryFiles.text(path).split(separator: "\n").compactMap { rawLine -> Setting? in
            var line = rawLine.drop { $0 == "#" || $0 == " " }
            guard let equals = line.firstIndex(of: "="),
                  line[..<equals].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }),
                  !line[..<equals].isEmpty else { return nil }
            let key = String(line[..<equals])
            line = line[line.index(after: equals)...]
            let value = line.range(of: " #").map { String(line[..<$0.lowerBound]) } ?? String(line)
            return Setting(key: key, value: value.trimmingCharacters(in: .whitespaces), line: String(rawLine))
        }
    }

    @Test("it documents at least the managed-Kafka settings")
    func hasManagedKafkaExamples() throws {
        let keys = Set(try Self.settings().map(\.key))
        for key in ["NEWSFLOW_BROKERS", "KAFKA_PROP_SECURITY_PROTOCOL", "KAFKA_PROP_SASL_MECHANISMS",
                    "KAFKA_PROP_SASL_USERNAME", "KAFKA_PROP_SASL_PASSWORD", "KAFKA_PROP_SSL_CA_LOCATION"] {
            #expect(keys.contains(key), "\(key) is not in the example")
        }
        let mechanisms = try Self.settings().filter { $0.key == "KAFKA_PROP_SASL_MECHANISMS" }.map(\.value)
        #expect(mechanisms.contains("PLAIN"))
        #expect(mechanisms.contains { $0.hasPrefix("SCRAM-SHA-") })
    }

    @Test("every key is a compose variable or a worker key passed through")
    func everyKeyIsUsed() throws {
        let composeText = try RepositoryFiles.text(ComposeFile.path)
        let compose = try ComposeFile.load()
        let passedThrough = Set(compose.services.values.flatMap { service in
            service.environment.filter { $0.value == nil }.map(\.key)
        })
        for setting in try Self.settings() {
            let isComposeVariable = composeText.contains("${\(setting.key)}") || composeText.contains("${\(setting.key):")
            let isPassedThrough = WorkerEnvironment.isRead(setting.key) && passedThrough.contains(setting.key)
                || passedThrough.contains(setting.key) && setting.key.hasPrefix("NEWSFLOW_")
            #expect(isComposeVariable || isPassedThrough, "\(setting.key) in \(Self.path) is used nowhere in \(ComposeFile.path)")
        }
    }

    @Test("values shown before the managed-Kafka section are the compose defaults")
    func defaultsAgree() throws {
        let composeText = try RepositoryFiles.text(ComposeFile.path)
        let example = try RepositoryFiles.text(Self.path)
        let defaultsPart = try #require(example.components(separatedBy: "- managed Kafka\n").first)
        var checked = 0
        for setting in try Self.settings() where defaultsPart.contains(setting.line) {
            let marker = "${\(setting.key):-"
            guard let start = composeText.range(of: marker) else { continue }
            let rest = composeText[start.upperBound...]
            guard let end = rest.firstIndex(of: "}") else { continue }
            #expect(String(rest[..<end]) == setting.value, "\(setting.key): example shows \(setting.value)")
            checked += 1
        }
        #expect(checked >= 10, "only \(checked) defaults compared; the parser may have lost the example's format")
    }
}
