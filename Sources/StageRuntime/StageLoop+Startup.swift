import Foundation
import Kafka
import Logging

extension StageLoop {
    /// How often start-up asks Kafka again while the broker is unreachable or the input
    /// topic is missing.
    static let startupRetryInterval: Duration = .seconds(2)
    /// How often the same start-up warning is repeated while nothing changes.
    static let startupWarningInterval: Duration = .seconds(30)

    /// Blocks until Kafka answers at the configured address and the input topic exists, so a
    /// wrong address or a missing topic is named in the log within seconds rather than
    /// leaving the worker silently idle. It keeps retrying instead of exiting, because a
    /// broker starting after its workers (compose, a rolling restart) is normal: the warning
    /// says what to fix, `/readyz` stays unavailable with the same text, and a stop request
    /// ends the wait. Returns false when stopped before Kafka was ready.
    func waitForKafkaAndInputTopic() -> Bool {
        var lastWarning: (text: String, at: ContinuousClock.Instant)?
        while !isStopRequested {
            let problem: String
            do {
                let topics = try KafkaReachability.topicNames(brokers: configuration.brokers, properties: configuration.probeProperties)
                if topics.contains(configuration.inputTopic) { return true }
                problem = MissingTopic(
                    topic: configuration.inputTopic, brokers: configuration.brokers,
                    namedBy: WorkerSettings.inputTopic.howToSet
                ).description + " The worker waits for it."
            } catch {
                problem = error.description + " The worker keeps retrying."
            }
            health.set(.starting, error: problem)
            let now = ContinuousClock.now
            if lastWarning.map({ $0.text != problem || now - $0.at >= Self.startupWarningInterval }) ?? true {
                logger.warning("cannot start consuming yet", metadata: ["problem": "\(problem)"])
                lastWarning = (problem, now)
            }
            sleepUnlessStopped(for: Self.startupRetryInterval)
        }
        return false
    }

    /// Sleeps in short steps so that a stop request is honoured promptly.
    private func sleepUnlessStopped(for duration: Duration) {
        let deadline = ContinuousClock.now + duration
        while !isStopRequested, ContinuousClock.now < deadline {
            Thread.sleep(for: .milliseconds(100))
        }
    }
}
