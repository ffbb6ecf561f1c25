import StageRuntime
import ArgumentParser
import Articles
import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// What each worker executable's `main` calls: resolve configuration, set up logs and
/// metrics, and run the stage and its HTTP endpoints until SIGTERM/SIGINT.
public enum WorkerRunner {
    public static func run(
        stage: StageKind, options: StageOptions,
        makeTransform: (StageConfiguration) throws -> any ArticleTransform
    ) async throws {
        let configuration = try options.resolve(stage: stage)
        LoggingSetup.bootstrap(format: configuration.logFormat, level: configuration.logLevel)
        let transform: any ArticleTransform
        do {
            transform = try makeTransform(configuration)
        } catch {
            Logger(label: "newsflow.\(stage.rawValue)").critical("cannot start the stage", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: "newsflow.\(stage.rawValue)")

        let loop = StageLoop(configuration: configuration, transform: transform, logger: logger)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: StageService(loop: loop), successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
        ]
        if configuration.metricsPort > 0 {
            let server = HealthServer.application(
                host: configuration.metricsHost, port: configuration.metricsPort,
                health: loop.health, registry: registry, logger: logger
            )
            services.append(.init(service: HealthEndpointsService(endpoints: server, host: configuration.metricsHost, port: configuration.metricsPort)))
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        )
        do {
            try await group.run()
        } catch {
            logger.critical("worker stopped", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        if loop.health.phase == .failed { throw ExitCode.failure }
        logger.info("worker stopped cleanly")
    }
}
