@testable import Kafka
import Testing

@Suite("KafkaOffset")
struct KafkaOffsetTests {
    @Test("next is the offset after the record, the one a consumer commits")
    func next() {
        let offset: KafkaOffset = 41
        #expect(offset.next == 42)
        #expect(offset.advanced(by: 10) == 51)
        #expect(offset.advanced(by: -41) == 0)
    }

    @Test("offsets order by their value, so the largest next offset wins per partition")
    func ordering() {
        #expect(KafkaOffset(3) < KafkaOffset(7))
        #expect([KafkaOffset(5), 2, 9].max() == 9)
        #expect(KafkaOffset.invalid < KafkaOffset.beginning)
    }

    @Test("logical offsets are named in descriptions, record offsets are numbers")
    func descriptions() {
        #expect(KafkaOffset(12).description == "12")
        #expect(KafkaOffset.beginning.description == "beginning")
        #expect(KafkaOffset.end.description == "end")
        #expect(KafkaOffset.stored.description == "stored")
        #expect(KafkaOffset.invalid.description == "invalid")
        #expect(KafkaOffset(rawValue: -2003).description == "-2003")
    }

    @Test("only the negative offsets are logical")
    func logical() {
        #expect(!KafkaOffset(0).isLogical)
        #expect([KafkaOffset.beginning, .end, .stored, .invalid].allSatisfy { $0.isLogical })
    }

    @Test("the logical offsets carry librdkafka's own values")
    func matchesLibrdkafka() {
        #expect(KafkaOffset.librdkafkaLogicalOffsets.count == 4)
        for (offset, librdkafka) in KafkaOffset.librdkafkaLogicalOffsets {
            #expect(offset.rawValue == librdkafka, "\(offset)")
        }
    }
}
