/// Maps the 64-bit hash of an element's raw hint attributes to the index of its hint
/// string. An open-addressing table with linear probing: the hash is already well mixed
/// (`WordHash`), so it indexes the table directly, where `Dictionary` hashed it again with
/// SipHash on every element.
struct HintIDTable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var used = 0

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
    }

    /// The id stored for `hash`, or `next` (stored for it) when the hash is new.
    mutating func id(for hash: UInt64, next: Int32) -> Int32 {
        if (used + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while ids[slot] >= 0 {
            if keys[slot] == hash { return ids[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = hash
        ids[slot] = next
        used += 1
        return next
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: -1, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for index in oldKeys.indices where oldIDs[index] >= 0 {
            var slot = Int(truncatingIfNeeded: oldKeys[index] ^ (oldKeys[index] >> 29)) & mask
            while ids[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            ids[slot] = oldIDs[index]
        }
    }
}
