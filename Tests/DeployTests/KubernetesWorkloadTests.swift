import StageRuntime
import Testing

/// Each stage runs as a StatefulSet (stable pod names for transactional ids) whose
/// probes reach the port the worker serves, locked down as the image allows, and
/// protected by a PodDisruptionBudget.
@Suite("Kubernetes workloads")
struct KubernetesWorkloadTests {
    static let cases = KubernetesScalingTests.cases

    static func container(_ manifests: KubernetesManifests, _ stage: StageKind) throws -> PodContainer {
        let containers = PodContainer.of(try manifests.one("StatefulSet", "newsflow-\(stage.rawValue)"))
        #expect(containers.count == 1)
        return try #require(containers.first)
    }

    @Test("each stage is a StatefulSet whose replica count KEDA owns", arguments: cases)
    func statefulSet(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        #expect(manifests.all("Deployment").isEmpty)
        let workload = try manifests.one("StatefulSet", "newsflow-\(stage.rawValue)")["spec"]
        #expect(workload["replicas"].isNull, "a replicas field would reset KEDA's count on every apply")
        #expect(workload["podManagementPolicy"].scalar == "Parallel")
        #expect(try manifests.one("Service", try #require(workload["serviceName"].scalar))["spec"]["clusterIP"].scalar == "None")
        #expect(try Self.container(manifests, stage).yaml["command"].scalars == ["newsflow", "worker", stage.rawValue])
    }

    @Test("the pod's stable name becomes NEWSFLOW_INSTANCE_ID", arguments: cases)
    func instanceIdentity(overlay: String, stage: StageKind) throws {
        let container = try Self.container(try KubernetesManifests.render(overlay), stage)
        #expect(container.valueFrom("NEWSFLOW_INSTANCE_ID")?["fieldRef"]["fieldPath"].scalar == "metadata.name")
        #expect(container.env[WorkerEnvironment.transactionalID] == nil, "derived from the instance id, not set per StatefulSet")
    }

    @Test("probes ask /healthz and /readyz on the port the worker serves, as in compose", arguments: cases)
    func probes(overlay: String, stage: StageKind) throws {
        let container = try Self.container(try KubernetesManifests.render(overlay), stage)
        let port = try #require(container.env[WorkerEnvironment.metricsPort] ?? nil)
        #expect(Int(port) == stage.defaultMetricsPort)
        #expect(try ComposeFile.load().service(stage.rawValue).resolved(WorkerEnvironment.metricsPort) == port)
        let declared = container.yaml["ports"].elements.first { $0["name"].scalar == "metrics" }
        #expect(declared?["containerPort"].scalar == port)
        for (probe, path) in [("startupProbe", "/healthz"), ("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")] {
            let get = container.yaml[probe]["httpGet"]
            #expect(get["path"].scalar == path, "\(overlay) \(stage) \(probe)")
            #expect(get["port"].scalar == "metrics" || get["port"].scalar == port, "\(overlay) \(stage) \(probe)")
        }
    }

    @Test("pods run as the image's non-root user, drop every capability and cannot write their root filesystem", arguments: cases)
    func securityContext(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        for workload in [try manifests.one("StatefulSet", "newsflow-\(stage.rawValue)"), try manifests.one("Job", "newsflow-topics")] {
            let pod = workload["spec"]["template"]["spec"]
            #expect(pod["securityContext"]["runAsNonRoot"].scalar == "true")
            #expect(pod["securityContext"]["runAsUser"].scalar == "10001")
            #expect(pod["securityContext"]["seccompProfile"]["type"].scalar == "RuntimeDefault")
            #expect(pod["automountServiceAccountToken"].scalar == "false")
            for container in PodContainer.of(workload) {
                let context = container.yaml["securityContext"]
                #expect(context["readOnlyRootFilesystem"].scalar == "true")
                #expect(context["allowPrivilegeEscalation"].scalar == "false")
                #expect(context["capabilities"]["drop"].scalars == ["ALL"])
            }
        }
    }

    @Test("every container requests CPU and memory and has a memory limit above its request", arguments: cases)
    func resources(overlay: String, stage: StageKind) throws {
        let resources = try Self.container(try KubernetesManifests.render(overlay), stage).yaml["resources"]
        #expect(resources["requests"]["cpu"].scalar != nil)
        let request = try #require(resources["requests"]["memory"].scalar.flatMap(Self.mebibytes))
        let limit = try #require(resources["limits"]["memory"].scalar.flatMap(Self.mebibytes))
        #expect(request <= limit)
    }

    @Test("a PodDisruptionBudget lets a drain take one pod of a stage at a time", arguments: cases)
    func disruptionBudget(overlay: String, stage: StageKind) throws {
        let manifests = try KubernetesManifests.render(overlay)
        let name = "newsflow-\(stage.rawValue)"
        let budget = try manifests.one("PodDisruptionBudget", name)["spec"]
        #expect(budget["maxUnavailable"].scalar == "1")
        let podLabels = try manifests.one("StatefulSet", name)["spec"]["template"]["metadata"]["labels"]
        for key in budget["selector"]["matchLabels"].keys {
            #expect(podLabels[key].scalar == budget["selector"]["matchLabels"][key].scalar)
        }
        #expect(!budget["selector"]["matchLabels"].keys.isEmpty)
    }

    /// `256Mi`, `1Gi` → MiB.
    static func mebibytes(_ quantity: String) -> Int? {
        if quantity.hasSuffix("Mi") { return Int(quantity.dropLast(2)) }
        if quantity.hasSuffix("Gi") { return Int(quantity.dropLast(2)).map { $0 * 1024 } }
        return nil
    }
}
