import Kafka
import Testing

@Suite("KafkaError")
struct KafkaErrorTests {
    @Test("an unknown property is refused with the property in the message")
    func invalidProperty() {
        let error = #expect(throws: KafkaError.self) {
            _ = try KafkaProducer(properties: ["no.such.property": "1"])
        }
        #expect(error?.name == "_INVALID_ARG")
        #expect(error?.description.hasPrefix("_INVALID_ARG: ") == true)
        #expect(error?.description.contains("no.such.property") == true)
        #expect(error?.isFatal == false)
    }

    @Test("the description is name: message")
    func description() {
        let error = KafkaError(code: -195, name: "_TRANSPORT", message: "broker down", isRetriable: true)
        #expect(error.description == "_TRANSPORT: broker down")
    }
}
