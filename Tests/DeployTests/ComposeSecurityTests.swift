import StageRuntime
import Testing

/// Credentials reach containers only from `.env` or the shell, never from the compose
/// file; and one message size limit holds for broker, topics, producer and workers.
@Suite("Compose security and limits")
struct ComposeSecurityTests {
    static let secretMarkers = ["PASSWORD", "SECRET", "USERNAME", "TOKEN"]

    @Test("no service has a credential written into the compose file")
    func noLiteralSecrets() throws {
        let compose = try ComposeFile.load()
        for service in compose.services.values {
            for (key, value) in service.environment where Self.secretMarkers.contains(where: key.contains) {
                #expect(value == nil, "\(service.name).\(key) must be a bare pass-through key, not \(value ?? "")")
            }
        }
    }

    @Test("SASL over TLS settings are passed through to every newsflow service", arguments: ComposeEnvironmentTests.newsflowServices)
    func saslPassThrough(service name: String) throws {
        let service = try ComposeFile.load().service(name)
        for key in ["KAFKA_PROP_SECURITY_PROTOCOL", "KAFKA_PROP_SASL_MECHANISMS", "KAFKA_PROP_SASL_USERNAME",
                    "KAFKA_PROP_SASL_PASSWORD", "KAFKA_PROP_SSL_CA_LOCATION"] {
            let entry = service.environment[key]
            #expect(entry != nil, "\(name) does not pass \(key) through")
            #expect(entry.map { $0 == nil } ?? false, "\(name).\(key) should have no value in the compose file")
        }
    }

    @Test("the local PLAINTEXT listener and web ports are published on loopback only")
    func loopbackPorts() throws {
        let compose = try ComposeFile.load()
        for service in compose.services.values {
            for port in service.ports {
                #expect(port.hasPrefix("127.0.0.1:"), "\(service.name) publishes \(port) on every interface")
            }
        }
    }

    @Test("one message size limit for broker, topics, producer and workers", arguments: [
        ComposeInterpolation(), ComposeInterpolation(variables: ["NEWSFLOW_MESSAGE_MAX_BYTES": "8388608"]),
    ])
    func consistentMessageSize(interpolation: ComposeInterpolation) throws {
        let compose = try ComposeFile.load()
        let expected = try interpolation.resolve("${NEWSFLOW_MESSAGE_MAX_BYTES:-4194304}")
        #expect(try compose.service("kafka").resolved("KAFKA_MESSAGE_MAX_BYTES", interpolation) == expected)
        #expect(try compose.service("kafka").resolved("KAFKA_REPLICA_FETCH_MAX_BYTES", interpolation) == expected)
        #expect(try compose.service("topics").resolved("NEWSFLOW_MESSAGE_MAX_BYTES", interpolation) == expected)
        for name in ComposeEnvironmentTests.newsflowServices where name != "tail" {
            let service = try compose.service(name)
            #expect(try service.resolved("KAFKA_PROP_MESSAGE_MAX_BYTES", interpolation) == expected, "\(name)")
        }
    }

    @Test("the largest accepted article leaves room for what enrichment adds")
    func articleLimitBelowMessageLimit() throws {
        let compose = try ComposeFile.load()
        let messageLimit = try #require(try compose.service("kafka").resolved("KAFKA_MESSAGE_MAX_BYTES").flatMap { Int($0) })
        for stage in StageKind.allCases {
            let articleLimit = try #require(
                try compose.service(stage.rawValue).resolved(WorkerEnvironment.maxArticleBytes).flatMap { Int($0) })
            #expect(articleLimit * 2 <= messageLimit, "\(stage.rawValue): \(articleLimit) vs message limit \(messageLimit)")
        }
    }
}

extension ComposeInterpolation: CustomTestStringConvertible {
    var testDescription: String { variables.isEmpty ? "defaults" : "\(variables)" }
}
