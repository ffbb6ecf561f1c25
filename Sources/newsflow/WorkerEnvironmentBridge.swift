import StageRuntime

/// The CLI reads pass-through properties exactly as the workers do.
enum WorkerEnvironmentBridge {
    static func property(forKey key: String) -> String? {
        WorkerEnvironment.librdkafkaProperty(forKey: key)
    }
}
