/// The parts of `docker-compose.yml` the deploy tests check, as written (variables not
/// yet substituted; see `ComposeInterpolation`). YAML anchors and `<<` merges are applied.
struct ComposeFile {
    static let path = "docker-compose.yml"

    var services: [String: ComposeService]
    var namedVolumes: [String]

    init(text: String) throws(DeployFileError) {
        let root = try YAMLValue.load(text, path: Self.path)
        let serviceNames = root["services"].keys
        guard !serviceNames.isEmpty else {
            throw .unexpectedShape(path: Self.path, detail: "no services defined")
        }
        var services: [String: ComposeService] = [:]
        for name in serviceNames {
            services[name] = try ComposeService(name: name, yaml: root["services"][name])
        }
        self.services = services
        self.namedVolumes = root["volumes"].keys
    }

    static func load() throws(DeployFileError) -> ComposeFile {
        try ComposeFile(text: RepositoryFiles.text(path))
    }

    func service(_ name: String) throws(DeployFileError) -> ComposeService {
        guard let service = services[name] else {
            throw .unexpectedShape(path: Self.path, detail: "no service named \(name)")
        }
        return service
    }
}

/// One service of the compose file.
struct ComposeService {
    var name: String
    var image: String?
    var hasBuild: Bool
    var command: [String]
    var entrypoint: [String]
    /// `KEY: value`; `KEY:` with no value (pass-through from `.env`/shell) is `nil`.
    var environment: [String: String?]
    var healthcheckTest: [String]
    var ports: [String]
    var volumes: [String]
    var containerName: String?
    var restart: String?
    var profiles: [String]
    /// Service name → condition (`service_started` for the short list form).
    var dependsOn: [String: String]

    init(name: String, yaml: YAMLValue) throws(DeployFileError) {
        self.name = name
        image = yaml["image"].scalar
        hasBuild = !yaml["build"].isNull
        command = yaml["command"].scalars
        entrypoint = yaml["entrypoint"].scalars
        environment = try Self.environment(yaml["environment"])
        healthcheckTest = yaml["healthcheck"]["test"].scalars
        ports = yaml["ports"].elements.compactMap { $0.scalar ?? $0["published"].scalar }
        volumes = yaml["volumes"].elements.compactMap { $0.scalar ?? $0["source"].scalar }
        containerName = yaml["container_name"].scalar
        restart = yaml["restart"].scalar
        profiles = yaml["profiles"].scalars
        var dependsOn: [String: String] = [:]
        if yaml["depends_on"].keys.isEmpty {
            for service in yaml["depends_on"].scalars { dependsOn[service] = "service_started" }
        } else {
            for service in yaml["depends_on"].keys {
                dependsOn[service] = yaml["depends_on"][service]["condition"].scalar ?? "service_started"
            }
        }
        self.dependsOn = dependsOn
    }

    /// Both compose forms: a mapping, or a list of `KEY=value` / `KEY`.
    private static func environment(_ yaml: YAMLValue) throws(DeployFileError) -> [String: String?] {
        var environment: [String: String?] = [:]
        if !yaml.keys.isEmpty {
            for key in yaml.keys {
                let value = yaml[key]
                if value.isNull {
                    environment[key] = .some(nil)
                } else {
                    environment[key] = .some(try value.requiredScalar())
                }
            }
            return environment
        }
        for entry in yaml.scalars {
            if let equals = entry.firstIndex(of: "=") {
                environment[String(entry[..<equals])] = .some(String(entry[entry.index(after: equals)...]))
            } else {
                environment[entry] = .some(nil)
            }
        }
        return environment
    }

    /// The value of `key` after substitution; `nil` when unset or a bare pass-through.
    func resolved(_ key: String, _ interpolation: ComposeInterpolation = ComposeInterpolation()) throws(DeployFileError) -> String? {
        guard let entry = environment[key], let value = entry else { return nil }
        return try interpolation.resolve(value)
    }
}
