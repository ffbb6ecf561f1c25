@testable import Kafka
import Testing

@Suite("The mock brokers' sockets send without Nagle's delay")
struct MockNoDelayTests {
    @Test("listeners and the connections they accept have TCP_NODELAY, also after a broker restarts")
    func listenersAndConnectionsHaveNoDelay() async throws {
        try await offPool {
            let kafka = try MockTestCluster(dedicated: true, brokers: 2, topics: ["nodelay": 2])
            let ports = MockListenerNoDelay.ports(ofBootstrapServers: kafka.cluster.bootstrapServers)
            #expect(ports.count == 2)

            func listeners() -> [Int32] {
                MockListenerNoDelay.sockets(boundToOneOf: ports).filter(MockListenerNoDelay.isListening)
            }
            #expect(listeners().count == 2)
            #expect(listeners().allSatisfy(MockListenerNoDelay.hasNoDelay))

            // A client's connections: the broker side of each is an accepted socket.
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            for partition in Int32(0)..<2 {
                try producer.produce(ProducerRecord(topic: "nodelay", partition: partition, key: nil, value: bytes("x")))
            }
            try producer.flush(timeout: .seconds(10))
            let accepted = MockListenerNoDelay.sockets(boundToOneOf: ports).filter { !MockListenerNoDelay.isListening($0) }
            #expect(!accepted.isEmpty)
            #expect(accepted.allSatisfy(MockListenerNoDelay.hasNoDelay))

            kafka.cluster.setBrokerDown(1)
            kafka.cluster.setBrokerUp(1)
            #expect(listeners().count == 2)
            #expect(listeners().allSatisfy(MockListenerNoDelay.hasNoDelay))
        }
    }

    @Test("bootstrap ports are read from every address")
    func bootstrapPorts() {
        #expect(MockListenerNoDelay.ports(ofBootstrapServers: "127.0.0.1:40011,127.0.0.1:40013") == [40011, 40013])
        #expect(MockListenerNoDelay.ports(ofBootstrapServers: "") == [])
    }
}
