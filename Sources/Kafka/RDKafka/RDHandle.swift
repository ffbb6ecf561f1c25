import CRdKafka

/// A pointer to a librdkafka object that may be used from any thread.
// @unchecked: librdkafka's client and mock-cluster handles are documented as thread-safe; their
// lifetime is guarded by `HandleGuard` in the owning client.
struct RDHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}
