import StageRuntime
import Testing

/// The image recipe keeps the rules hadolint cannot check for us (it is not packaged
/// for Debian): Debian on both stages, static Swift runtime, non-root, every
/// executable and resource bundle shipped.
@Suite("deploy/Dockerfile")
struct DockerfileTests {
    static let path = "deploy/Dockerfile"

    /// `ARG NAME=value` defaults.
    static func argDefaults(_ text: String) -> [String: String] {
        var defaults: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("ARG ") {
            let pair = line.dropFirst(4).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { defaults[String(pair[0])] = String(pair[1]) }
        }
        return defaults
    }

    @Test("build and runtime stages are both Debian bookworm")
    func sameDebianRelease() throws {
        let text = try RepositoryFiles.text(Self.path)
        let args = Self.argDefaults(text)
        #expect(args["SWIFT_IMAGE"] == "swift:6.3-bookworm")
        #expect(args["RUNTIME_IMAGE"] == "debian:bookworm-slim")
        let fromLines = text.split(separator: "\n").filter { $0.hasPrefix("FROM ") }
        #expect(fromLines.count == 2)
        #expect(!text.lowercased().contains("ubuntu:") && !text.contains("-jammy") && !text.contains("-noble"))
    }

    @Test("the runtime installs the shared libraries the binaries need, and no toolchain")
    func runtimePackages() throws {
        let text = try RepositoryFiles.text(Self.path)
        let runtime = try #require(text.components(separatedBy: "AS runtime").last)
        for package in ["librdkafka1", "libxml2", "ca-certificates", "tzdata"] {
            #expect(runtime.contains(package), "runtime stage lacks \(package)")
        }
        #expect(!runtime.contains("-dev"), "development packages belong in the build stage")
        #expect(text.contains("--static-swift-stdlib"))
    }

    @Test("every executable, the resource bundles and the backtracer are copied")
    func shipsEverything() throws {
        let text = try RepositoryFiles.text(Self.path)
        for executable in ["newsflow"] + StageKind.allCases.map(\.executableName) {
            #expect(text.contains(" \(executable) ") || text.contains(" \(executable);"), "\(executable) is not copied")
        }
        #expect(text.contains("'*.resources'"))
        #expect(text.contains("swift-backtrace-static"))
        #expect(text.contains("SWIFT_BACKTRACE="))
    }

    @Test("the container runs as a non-root user")
    func nonRoot() throws {
        let text = try RepositoryFiles.text(Self.path)
        let users = text.split(separator: "\n").filter { $0.hasPrefix("USER ") }.map { $0.dropFirst(5) }
        let last = try #require(users.last)
        #expect(!last.hasPrefix("root") && !last.hasPrefix("0"))
    }

    @Test(".dockerignore keeps build output and credentials out of the build context")
    func dockerignore() throws {
        let lines = Set(try RepositoryFiles.text(".dockerignore").split(separator: "\n").map(String.init))
        for pattern in [".build", ".git", "**/.env", "deploy/certs"] {
            #expect(lines.contains(pattern), ".dockerignore lacks \(pattern)")
        }
    }
}
