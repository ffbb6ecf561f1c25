import Foundation

extension StageLoop {
    /// Runs the loop on a thread of its own, because its librdkafka calls block and must
    /// stay off Swift's cooperative pool. When the loop ends, the health phase becomes
    /// `stopped` or `failed`, and `completion` gets the outcome. The one launcher for
    /// both the worker service and the in-process stages.
    public func startOnOwnThread(completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        let thread = Thread {
            do {
                try self.run()
                self.health.set(.stopped)
                completion(.success(()))
            } catch {
                self.health.set(.failed, error: "\(error)")
                completion(.failure(error))
            }
        }
        thread.name = "newsflow-\(configuration.stage.rawValue)-loop"
        thread.stackSize = 8 << 20
        thread.start()
    }
}
