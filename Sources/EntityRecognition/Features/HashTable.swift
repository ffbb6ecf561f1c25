/// Open-addressing map from already well-mixed 64-bit hashes to 32-bit values.
/// The keys are feature hashes, so no rehashing is needed and lookups cost a
/// mask and usually one probe (Swift's `Dictionary` would SipHash them again).
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    init(_ entries: [UInt64: UInt32]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (k, v) in entries { insert(Self.nonzero(k), v) }
    }

    @inline(__always)
    static func nonzero(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    private mutating func insert(_ key: UInt64, _ value: UInt32) {
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
    }

    @inline(__always)
    func lookup(_ k: UInt64) -> UInt32? {
        let key = Self.nonzero(k)
        return keys.withUnsafeBufferPointer { ks in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = ks[i]
                if found == key { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
