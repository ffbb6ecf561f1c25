import Articles
import StageRuntime
import Testing

/// KEDA scales each stage on the lag of the stage's own consumer group on the stage's
/// own input topic, never beyond the partitions the topic Job creates (a consumer
/// beyond that would sit idle), and reaches the brokers the workers use.
@Suite("Kubernetes scaling")
struct KubernetesScalingTests {
    static let cases: [(String, StageKind)] = KubernetesManifests.overlays.flatMap { overlay in
        StageKind.allCases.map { (overlay, $0) }
    }

    /// `--partitions N` of the topic Job's `newsflow topics create`.
    static func partitions(_ manifests: KubernetesManifests) throws -> Int {
        let job = try manifests.one("Job", "newsflow-topics")
        let container = try #require(PodContainer.of(job).first)
        #expect(container.yaml["command"].scalars == ["newsflow", "topics", "create"])
        let arguments = container.yaml["args"].scalars
        let flag = try #require(arguments.firstIndex(of: "--partitions"), "the topic Job must name its partitions")
        return try #require(arguments.dropFirst(flag + 1).first.flatMap { Int($0) })
    }

    @Test("maxReplicaCount never exceeds the partitions the topic Job creates", arguments: cases)
    func maxReplicasWithinPartitions(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let partitions = try Self.partitions(manifests)
        let scaler = try manifests.one("ScaledObject", "newsflow-\(stage.rawValue)")["spec"]
        let maximum = try #require(scaler["maxReplicaCount"].scalar.flatMap { Int($0) })
        let minimum = try #require(scaler["minReplicaCount"].scalar.flatMap { Int($0) })
        #expect(maximum <= partitions, "\(overlay) \(stage): maxReplicaCount \(maximum) > \(partitions) partitions")
        #expect(1 <= minimum && minimum <= maximum)
    }

    @Test("each ScaledObject scales its stage's StatefulSet on that stage's group and input topic", arguments: cases)
    func scalesOnTheStagesLag(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let name = "newsflow-\(stage.rawValue)"
        let scaler = try manifests.one("ScaledObject", name)["spec"]
        #expect(scaler["scaleTargetRef"]["kind"].scalar == "StatefulSet")
        #expect(scaler["scaleTargetRef"]["name"].scalar == name)
        let triggers = scaler["triggers"].elements
        #expect(triggers.count == 1)
        let trigger = try #require(triggers.first)
        #expect(trigger["type"].scalar == "kafka")

        let container = try #require(PodContainer.of(try manifests.one("StatefulSet", name)).first)
        let group = try #require(container.env[WorkerEnvironment.groupID] ?? nil)
        let input = try #require(container.env[WorkerEnvironment.inputTopic] ?? nil)
        #expect(group == stage.defaultGroupID)
        #expect(input == stage.defaultInputTopic)
        #expect(container.env[WorkerEnvironment.outputTopic] ?? nil == stage.defaultOutputTopic)
        #expect(trigger["metadata"]["consumerGroup"].scalar == group)
        #expect(trigger["metadata"]["topic"].scalar == input)
        #expect(Int(trigger["metadata"]["lagThreshold"].scalar ?? "") ?? 0 > 0)
        let brokers = try manifests.one("ConfigMap", "newsflow-config")["data"][WorkerEnvironment.brokers].scalar
        #expect(trigger["metadata"]["bootstrapServers"].scalar == brokers, "\(overlay): KEDA must read the brokers the workers use")
    }

    @Test("with SASL, KEDA authenticates with the workers' Secret", arguments: cases)
    func scalerAuthentication(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let protocolName = try manifests.one("ConfigMap", "newsflow-config")["data"]["KAFKA_PROP_SECURITY_PROTOCOL"].scalar
        let trigger = try #require(try manifests.one("ScaledObject", "newsflow-\(stage.rawValue)")["spec"]["triggers"].elements.first)
        guard protocolName == "SASL_SSL" else {
            #expect(trigger["authenticationRef"].isNull, "\(overlay): no SASL, no TriggerAuthentication")
            return
        }
        #expect(trigger["metadata"]["tls"].scalar == "enable")
        let mechanism = try manifests.one("ConfigMap", "newsflow-config")["data"]["KAFKA_PROP_SASL_MECHANISMS"].scalar
        // KEDA's names for librdkafka's sasl.mechanisms.
        let kedaMechanism = ["SCRAM-SHA-512": "scram_sha512", "SCRAM-SHA-256": "scram_sha256", "PLAIN": "plaintext"]
        #expect(trigger["metadata"]["sasl"].scalar == mechanism.flatMap { kedaMechanism[$0] })
        let authentication = try manifests.one("TriggerAuthentication", try #require(trigger["authenticationRef"]["name"].scalar))
        let references = authentication["spec"]["secretTargetRef"].elements
        #expect(Set(references.compactMap { $0["parameter"].scalar }) == ["username", "password", "ca"])
        #expect(Set(references.compactMap { $0["name"].scalar }) == ["newsflow-kafka"])
    }

    @Test("the Strimzi example's topics match the dev overlay's topic Job")
    func strimziTopics() throws {
        let dev = try KubernetesManifests.render("dev")
        let text = try RepositoryFiles.text("deploy/kubernetes/strimzi/topics.yaml")
        let topics = try YAMLValue.loadAll(text, path: "deploy/kubernetes/strimzi/topics.yaml")
        let names = topics.compactMap { $0["spec"]["topicName"].scalar }
        #expect(Set(names) == Set(StageKind.allCases.flatMap { [$0.defaultInputTopic, $0.defaultOutputTopic] } + [Topics.deadLetter]))
        for topic in topics {
            #expect(topic["spec"]["partitions"].scalar.flatMap { Int($0) } == (try Self.partitions(dev)))
        }
    }
}
