import StageRuntime
import Hummingbird
import ServiceLifecycle

/// Runs the HTTP endpoints and, when they fail (typically a second replica on the same
/// host and port: "errno 98, address already in use"), names the address and the setting
/// to change, which the server's own error does not.
struct HealthEndpointsService<Endpoints: ApplicationProtocol>: Service {
    let endpoints: Endpoints
    let host: String
    let port: Int

    func run() async throws {
        do {
            try await endpoints.run()
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw HealthEndpointsError(host: host, port: port, underlying: error)
        }
    }
}

/// The `/metrics`, `/healthz` and `/readyz` server could not run on its port.
struct HealthEndpointsError: Error, CustomStringConvertible {
    let host: String
    let port: Int
    let underlying: any Error

    var description: String {
        "the HTTP endpoints (/metrics, /healthz, /readyz) could not run on \(host):\(port): \(underlying). "
            + "If another worker or program holds port \(port), give each replica on this host its own "
            + "\(WorkerSettings.metricsPort.howToSet), or 0 to turn the endpoints off."
    }
}
