import StageRuntime
import Hummingbird
import Logging
import Prometheus

/// `/metrics` (Prometheus text), `/healthz` (alive) and `/readyz` (ready to work) for
/// orchestrators and scrapers.
enum HealthServer {
    static func application(
        host: String, port: Int, health: StageHealth, registry: PrometheusCollectorRegistry, logger: Logger
    ) -> some ApplicationProtocol {
        let router = Router()
        let process = ProcessMetrics(registry: registry)
        router.get("/metrics") { _, _ -> Response in
            process.update()
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
        router.get("/healthz") { _, _ -> Response in
            status(health.isHealthy, health.summary)
        }
        router.get("/readyz") { _, _ -> Response in
            status(health.isReady, health.summary)
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "newsflow"),
            logger: logger
        )
    }

    private static func status(_ ok: Bool, _ summary: String) -> Response {
        Response(
            status: ok ? .ok : .serviceUnavailable,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: (ok ? "ok " : "unavailable ") + summary + "\n"))
        )
    }
}
