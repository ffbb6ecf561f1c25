import ArgumentParser
import Foundation
import Kafka

/// Faults `newsflow broker` injects on purpose, to see what the workers do about them:
/// request errors (librdkafka's `rd_kafka_mock_push_request_errors`), a slow broker, and a
/// broker that goes down and comes back.
struct BrokerFaultOptions: ParsableArguments {
    @Option(name: .customLong("request-errors"), help: ArgumentHelp(
        "Fail the next requests of an API with an error code: API:CODE[xCOUNT], repeatable. APIs: \(RequestAPI.names). "
            + "E.g. produce:6x3 (NOT_LEADER_FOR_PARTITION three times), offset-commit:27 (REBALANCE_IN_PROGRESS).",
        valueName: "api:code[xcount]"))
    var requestErrors: [String] = []
    @Option(help: "Delay every broker response by this many milliseconds.") var rttMs: Int = 0
    @Option(help: "Take every broker down this many seconds after start (with --down-for).") var downAfter: Double?
    @Option(help: "Seconds the brokers stay down.") var downFor: Double = 15

    /// Parsed `--request-errors`.
    func parsedRequestErrors() throws -> [(api: RequestAPI, code: Int32, count: Int)] {
        try requestErrors.map { text in
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let api = RequestAPI(rawValue: parts[0]) else {
                throw ValidationError("--request-errors \(text): expected API:CODE[xCOUNT] with API one of \(RequestAPI.names)")
            }
            let codeAndCount = parts[1].split(separator: "x").map(String.init)
            guard let code = Int32(codeAndCount[0]), code != 0, let count = codeAndCount.count > 1 ? Int(codeAndCount[1]) : 1, count > 0 else {
                throw ValidationError("--request-errors \(text): CODE is a Kafka error code (e.g. 6), COUNT a positive number")
            }
            return (api, code, count)
        }
    }

    /// Applies the faults to `cluster`; the down/up schedule runs on a background queue.
    /// SIGUSR1 takes every broker down and SIGUSR2 brings them up, whenever a test or an
    /// operator wants (the returned sources must be kept alive).
    func apply(to cluster: MockCluster, log: @escaping @Sendable (String) -> Void) throws -> [any DispatchSourceSignal] {
        let sources = [(SIGUSR1, false), (SIGUSR2, true)].map { signalNumber, up in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for broker in cluster.brokerIDs { up ? cluster.setBrokerUp(broker) : cluster.setBrokerDown(broker) }
                log(up ? "fault: brokers up again (SIGUSR2)" : "fault: brokers down (SIGUSR1)")
            }
            source.resume()
            return source
        }
        for (api, code, count) in try parsedRequestErrors() {
            cluster.pushRequestErrors(apiKey: api.key, errors: Array(repeating: code, count: count))
            log("fault: the next \(count) \(api.rawValue) request(s) fail with error \(code)")
        }
        if rttMs > 0 {
            for broker in cluster.brokerIDs { cluster.setBrokerRoundTrip(broker, milliseconds: rttMs) }
            log("fault: every response delayed by \(rttMs) ms")
        }
        if let downAfter {
            let downFor = self.downFor
            DispatchQueue.global().asyncAfter(deadline: .now() + downAfter) {
                for broker in cluster.brokerIDs { cluster.setBrokerDown(broker) }
                log("fault: brokers down for \(downFor) s")
                DispatchQueue.global().asyncAfter(deadline: .now() + downFor) {
                    for broker in cluster.brokerIDs { cluster.setBrokerUp(broker) }
                    log("fault: brokers up again")
                }
            }
        }
        return sources
    }
}

/// The Kafka request types whose errors can be injected, with their API keys.
enum RequestAPI: String, CaseIterable {
    case produce, fetch, offsetCommit = "offset-commit", findCoordinator = "find-coordinator", joinGroup = "join-group"
    case heartbeat, initProducerID = "init-producer-id", addPartitionsToTxn = "add-partitions-to-txn"
    case addOffsetsToTxn = "add-offsets-to-txn", endTxn = "end-txn", txnOffsetCommit = "txn-offset-commit"

    var key: Int16 {
        switch self {
        case .produce: 0
        case .fetch: 1
        case .offsetCommit: 8
        case .findCoordinator: 10
        case .joinGroup: 11
        case .heartbeat: 12
        case .initProducerID: 22
        case .addPartitionsToTxn: 24
        case .addOffsetsToTxn: 25
        case .endTxn: 26
        case .txnOffsetCommit: 28
        }
    }

    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
