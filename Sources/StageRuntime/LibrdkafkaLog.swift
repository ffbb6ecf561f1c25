import Kafka
import Logging

/// librdkafka's own log, which the clients otherwise drop. Some broker errors are retried
/// inside librdkafka and reported only there, e.g. an InitProducerId refused by a busy or
/// moving transaction coordinator ("Failed to acquire transactional PID ...: retrying");
/// forwarding its warnings keeps those retries visible. Connection failures (facility
/// FAIL) are left out: the error callback reports them and `BrokerConnectivity` logs one
/// warning per outage, not one per reconnect attempt.
enum LibrdkafkaLog {
    static func handler(_ logger: Logger, client: String) -> KafkaLogHandler {
        { level, facility, message in
            let metadata: Logger.Metadata = ["client": "\(client)", "facility": "\(facility)"]
            switch level {
            case ...4 where facility != "FAIL": logger.warning("librdkafka: \(message)", metadata: metadata)
            case ...6: logger.info("librdkafka: \(message)", metadata: metadata)
            default: logger.debug("librdkafka: \(message)", metadata: metadata)
            }
        }
    }
}
