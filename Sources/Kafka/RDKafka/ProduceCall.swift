import CRdKafka

/// One `rd_kafka_produceva` call. Swift cannot call the variadic `rd_kafka_producev`, so the
/// record is described as an `rd_kafka_vu_t` array. Key and value are copied by librdkafka
/// (`RD_KAFKA_MSG_F_COPY`) and headers always are, so no Swift buffer outlives the call.
enum ProduceCall {
    /// Returns librdkafka's error object (owned by the caller), or nil when enqueued.
    static func produce(_ rk: OpaquePointer, _ record: ProducerRecord, opaque: UnsafeMutableRawPointer?) -> OpaquePointer? {
        // C strings and header values must stay valid during the call: keep them in one arena.
        var arena: [UnsafeMutableRawPointer] = []
        defer { arena.forEach { $0.deallocate() } }
        func cString(_ s: String) -> UnsafePointer<CChar> {
            let utf8 = Array(s.utf8CString)
            let raw = UnsafeMutableRawPointer.allocate(byteCount: utf8.count, alignment: 1)
            utf8.withUnsafeBytes { if let base = $0.baseAddress { raw.copyMemory(from: base, byteCount: $0.count) } }
            arena.append(raw)
            return UnsafePointer(raw.assumingMemoryBound(to: CChar.self))
        }
        func copy(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            bytes.withUnsafeBytes { if let base = $0.baseAddress { raw.copyMemory(from: base, byteCount: $0.count) } }
            arena.append(raw)
            return raw
        }

        var vus: [rd_kafka_vu_t] = []
        var vu = rd_kafka_vu_t()
        vu.vtype = RD_KAFKA_VTYPE_TOPIC
        vu.u.cstr = cString(record.topic)
        vus.append(vu)

        if let partition = record.partition {
            vu = rd_kafka_vu_t()
            vu.vtype = RD_KAFKA_VTYPE_PARTITION
            vu.u.i32 = partition
            vus.append(vu)
        }
        vu = rd_kafka_vu_t()
        vu.vtype = RD_KAFKA_VTYPE_MSGFLAGS
        vu.u.i = RD_KAFKA_MSG_F_COPY
        vus.append(vu)

        vu = rd_kafka_vu_t()
        vu.vtype = RD_KAFKA_VTYPE_VALUE
        vu.u.mem.ptr = copy(record.value)
        vu.u.mem.size = record.value.count
        vus.append(vu)

        if let key = record.key {
            vu = rd_kafka_vu_t()
            vu.vtype = RD_KAFKA_VTYPE_KEY
            vu.u.mem.ptr = copy(key)
            vu.u.mem.size = key.count
            vus.append(vu)
        }
        for header in record.headers {
            vu = rd_kafka_vu_t()
            vu.vtype = RD_KAFKA_VTYPE_HEADER
            vu.u.header.name = cString(header.key)
            if let value = header.value {
                vu.u.header.val = UnsafeRawPointer(copy(value))
                vu.u.header.size = value.count
            } else {
                vu.u.header.val = nil
                vu.u.header.size = -1
            }
            vus.append(vu)
        }
        if let opaque {
            vu = rd_kafka_vu_t()
            vu.vtype = RD_KAFKA_VTYPE_OPAQUE
            vu.u.ptr = opaque
            vus.append(vu)
        }
        return vus.withUnsafeBufferPointer { rd_kafka_produceva(rk, $0.baseAddress, $0.count) }
    }
}
