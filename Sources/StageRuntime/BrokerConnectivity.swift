import Kafka
import Logging
import Synchronization

/// Makes a lost broker visible: librdkafka reconnects silently, so without this a broker
/// outage logs nothing and `/readyz` stays ready. The consumer's error callback reports
/// `_ALL_BROKERS_DOWN` here: the worker logs one warning naming the address and
/// turns not ready. The loop then probes Kafka (one metadata request) every 2 s; when it
/// answers, the worker logs that and is ready again.
final class BrokerConnectivity: Sendable {
    private struct State {
        var unreachableSince: ContinuousClock.Instant?
        var lastProbe: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let health: StageHealth
    private let logger: Logger
    private let brokers: String
    private let probeProperties: KafkaProperties
    private static let probeInterval: Duration = .seconds(2)

    init(health: StageHealth, logger: Logger, brokers: String, probeProperties: KafkaProperties) {
        self.health = health
        self.logger = logger
        self.brokers = brokers
        self.probeProperties = probeProperties
    }

    /// The consumer's error handler: a connection error marks Kafka unreachable.
    func report(_ error: KafkaError) {
        guard error.isBrokerUnreachable else { return }
        let isNew = state.withLock { s -> Bool in
            guard s.unreachableSince == nil else { return false }
            s.unreachableSince = .now
            s.lastProbe = .now
            return true
        }
        guard isNew else { return }
        let reason = "Kafka connection lost at \(brokers) (\(error.name): \(error.message)); retrying. "
            + "Check that the broker is up and reachable (\(WorkerSettings.brokers.howToSet))."
        health.setBrokerUnreachable(reason)
        logger.warning("\(reason)")
    }

    /// Called by the loop between batches: while unreachable, probes every 2 s.
    func checkRecovery() {
        let due = state.withLock { s -> Bool in
            guard s.unreachableSince != nil else { return false }
            if let last = s.lastProbe, ContinuousClock.now - last < Self.probeInterval { return false }
            s.lastProbe = .now
            return true
        }
        guard due, (try? KafkaReachability.topicNames(brokers: brokers, properties: probeProperties, timeout: .seconds(2))) != nil else { return }
        let since = state.withLock { s -> ContinuousClock.Instant? in
            defer { s.unreachableSince = nil }
            return s.unreachableSince
        }
        health.setBrokerUnreachable(nil)
        let seconds = since.map { Double((ContinuousClock.now - $0) / .milliseconds(1)) / 1000 } ?? 0
        logger.notice("Kafka answers again at \(brokers)", metadata: ["unreachable_s": "\(String(format: "%.1f", seconds))"])
    }
}
