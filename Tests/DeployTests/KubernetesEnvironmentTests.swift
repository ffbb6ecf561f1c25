import StageRuntime
import Testing

/// The manifests configure workers and the topic Job only through variables the
/// configuration reader knows (`WorkerEnvironment`, the list `newsflow config` prints),
/// so a misspelt or stale name fails here instead of being silently ignored in a pod.
@Suite("Kubernetes environment")
struct KubernetesEnvironmentTests {
    static let credentialMarkers = ["PASSWORD", "SECRET", "TOKEN", "USERNAME"]

    /// Every container of every workload and Job, with what it sets and loads.
    static func containers(_ manifests: KubernetesManifests) -> [(owner: String, container: PodContainer)] {
        (manifests.all("StatefulSet") + manifests.all("Job")).flatMap { workload in
            PodContainer.of(workload).map { ("\(workload["kind"].scalar ?? "")/\(workload["metadata"]["name"].scalar ?? "")", $0) }
        }
    }

    @Test("every variable a container sets is one the workers read", arguments: KubernetesManifests.overlays)
    func containerVariablesAreRead(overlay: String) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let containers = Self.containers(manifests)
        #expect(containers.count == 4, "three stages and the topic Job")
        for (owner, container) in containers {
            for name in container.env.keys.sorted() {
                #expect(WorkerEnvironment.isRead(name),
                        "\(overlay): \(owner) sets \(name), which no worker reads")
            }
        }
    }

    @Test("every key of a ConfigMap loaded with envFrom is one the workers read", arguments: KubernetesManifests.overlays)
    func configMapKeysAreRead(overlay: String) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let loaded = Set(Self.containers(manifests).flatMap { $0.container.configMapsLoaded })
        #expect(!loaded.isEmpty)
        for name in loaded.sorted() {
            let configMap = try manifests.one("ConfigMap", name)
            #expect(!configMap["data"].keys.isEmpty)
            for key in configMap["data"].keys {
                #expect(WorkerEnvironment.isRead(key), "\(overlay): ConfigMap \(name) has \(key), which no worker reads")
            }
        }
        for (owner, container) in Self.containers(manifests) {
            #expect(container.secretsLoaded.isEmpty, "\(owner): load Secret keys one by one with secretKeyRef, so each name is checked")
        }
    }

    @Test("the shared settings reach every stage and the topic Job", arguments: KubernetesManifests.overlays)
    func sharedConfiguration(overlay: String) throws {
        let manifests = try KubernetesManifests.render(overlay)
        for (owner, container) in Self.containers(manifests) {
            #expect(container.configMapsLoaded == ["newsflow-config"], "\(overlay): \(owner)")
        }
        let config = try manifests.one("ConfigMap", "newsflow-config")["data"]
        #expect(config[WorkerEnvironment.brokers].scalar?.isEmpty == false)
        #expect(config[WorkerEnvironment.logFormat].scalar == "json")
        #expect(config[WorkerEnvironment.metricsHost].scalar == "0.0.0.0")
        #expect(config[WorkerEnvironment.delivery].scalar == "exactly-once")
    }

    @Test("credentials come from the Secret, never from a literal value", arguments: KubernetesManifests.overlays)
    func credentialsFromSecret(overlay: String) throws {
        let manifests = try KubernetesManifests.render(overlay)
        for (owner, container) in Self.containers(manifests) {
            for name in ["KAFKA_PROP_SASL_USERNAME", "KAFKA_PROP_SASL_PASSWORD"] {
                let reference = container.valueFrom(name)?["secretKeyRef"]
                #expect(reference?["name"].scalar == "newsflow-kafka", "\(overlay): \(owner) \(name)")
            }
            for (name, value) in container.env where Self.credentialMarkers.contains(where: name.contains) {
                #expect(value == nil, "\(overlay): \(owner) writes \(name) as a literal")
            }
        }
        for configMap in manifests.all("ConfigMap") {
            for key in configMap["data"].keys {
                #expect(!Self.credentialMarkers.contains(where: key.contains), "\(overlay): ConfigMap key \(key) is a credential")
            }
        }
    }

    @Test("a CA file named in the configuration is where the pods mount the Secret's ca.crt", arguments: KubernetesManifests.overlays)
    func caLocationIsMounted(overlay: String) throws {
        let manifests = try KubernetesManifests.render(overlay)
        guard let location = try manifests.one("ConfigMap", "newsflow-config")["data"]["KAFKA_PROP_SSL_CA_LOCATION"].scalar else { return }
        for (owner, container) in Self.containers(manifests) {
            let mount = container.yaml["volumeMounts"].elements.first { $0["name"].scalar == "kafka-ca" }
            #expect(mount.flatMap { $0["mountPath"].scalar }.map { "\($0)/ca.crt" } == location, "\(overlay): \(owner)")
        }
    }
}
