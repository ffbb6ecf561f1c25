import Foundation
import Yams

/// One overlay of `deploy/kubernetes` as `kubectl kustomize` renders it: what
/// `kubectl apply -k` would send. kubectl comes from `.build/deploy-validators`
/// (`scripts/install-deploy-validators`, which `make test` runs before the Swift tests).
struct KubernetesManifests {
    static let overlays = ["dev", "prod"]
    static let kubectl = ".build/deploy-validators/bin/kubectl"

    let overlay: String
    let resources: [YAMLValue]

    static func render(_ overlay: String) throws(DeployFileError) -> KubernetesManifests {
        let path = "deploy/kubernetes/overlays/\(overlay)"
        let text = try rendered(path)
        do {
            let documents = try Yams.load_all(yaml: text).compactMap { $0 }
            return KubernetesManifests(
                overlay: overlay,
                resources: documents.enumerated().map { YAMLValue(raw: $1, path: path, location: "document \($0)") })
        } catch {
            throw .invalidYAML(path: path, reason: "\(error)")
        }
    }

    func all(_ kind: String) -> [YAMLValue] {
        resources.filter { $0["kind"].scalar == kind }
    }

    func one(_ kind: String, _ name: String) throws(DeployFileError) -> YAMLValue {
        guard let resource = all(kind).first(where: { $0["metadata"]["name"].scalar == name }) else {
            throw .unexpectedShape(path: "deploy/kubernetes/overlays/\(overlay)", detail: "no \(kind) named \(name)")
        }
        return resource
    }

    /// `kubectl kustomize PATH`, run from the repository root.
    private static func rendered(_ path: String) throws(DeployFileError) -> String {
        let executable = RepositoryFiles.root.appendingPathComponent(kubectl)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw .missing(path: "\(kubectl) (run scripts/install-deploy-validators, or make test)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["kustomize", path]
        process.currentDirectoryURL = RepositoryFiles.root
        // stderr goes to a file: reading two pipes one after the other could block on the
        // second filling while the first is read.
        let output = Pipe()
        let errorsPath = NSTemporaryDirectory() + "kustomize-stderr-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        do {
            _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
            try process.run()
        } catch {
            throw .unreadable(path: path, reason: "kubectl kustomize could not start: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = FileManager.default.contents(atPath: errorsPath) ?? Data()
        guard process.terminationStatus == 0 else {
            throw .unreadable(path: path, reason: "kubectl kustomize failed: \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The parts of a rendered pod template the tests read.
struct PodContainer {
    let yaml: YAMLValue

    /// `env` entries by name: literal values, or nil for `valueFrom`.
    var env: [String: String?] {
        var env: [String: String?] = [:]
        for entry in yaml["env"].elements {
            guard let name = entry["name"].scalar else { continue }
            env[name] = .some(entry["value"].scalar)
        }
        return env
    }

    func valueFrom(_ name: String) -> YAMLValue? {
        yaml["env"].elements.first { $0["name"].scalar == name }.map { $0["valueFrom"] }
    }

    /// Names of the ConfigMaps its `envFrom` loads.
    var configMapsLoaded: [String] { yaml["envFrom"].elements.compactMap { $0["configMapRef"]["name"].scalar } }

    /// Names of the Secrets its `envFrom` loads.
    var secretsLoaded: [String] { yaml["envFrom"].elements.compactMap { $0["secretRef"]["name"].scalar } }

    static func of(_ workload: YAMLValue) -> [PodContainer] {
        workload["spec"]["template"]["spec"]["containers"].elements.map(PodContainer.init)
    }
}

extension YAMLValue {
    /// Every document of a multi-document YAML file.
    static func loadAll(_ text: String, path: String) throws(DeployFileError) -> [YAMLValue] {
        do {
            return try Yams.load_all(yaml: text).compactMap { $0 }.enumerated()
                .map { YAMLValue(raw: $1, path: path, location: "document \($0)") }
        } catch {
            throw .invalidYAML(path: path, reason: "\(error)")
        }
    }
}
