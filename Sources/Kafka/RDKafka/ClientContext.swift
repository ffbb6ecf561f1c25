import CRdKafka

/// What librdkafka's C callbacks need from Swift, reached through the client's `opaque` pointer.
/// The owning client keeps it alive until after `rd_kafka_destroy` has returned.
final class ClientContext: Sendable {
    let logHandler: KafkaLogHandler?
    let errorHandler: KafkaErrorHandler?
    /// Set for consumers only: applies assignments and calls the rebalance listener.
    let rebalance: RebalanceCoordinator?
    /// The most recent error reported outside a call (error callback, failed delivery without a
    /// callback, transient consumer error).
    let lastError = LockedState<KafkaError?>(nil)

    init(logHandler: KafkaLogHandler?, errorHandler: KafkaErrorHandler?, rebalance: RebalanceCoordinator? = nil) {
        self.logHandler = logHandler
        self.errorHandler = errorHandler
        self.rebalance = rebalance
    }

    func report(_ error: KafkaError) {
        lastError.set(error)
        errorHandler?(error)
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> ClientContext? {
        guard let opaque else { return nil }
        return Unmanaged<ClientContext>.fromOpaque(opaque).takeUnretainedValue()
    }
}
