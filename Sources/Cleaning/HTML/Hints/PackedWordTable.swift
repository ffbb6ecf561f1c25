/// Short ASCII words (up to 16 bytes) → removal reasons, keyed like `PackedWordSet`:
/// a lookup is a few shifts and one probe, with no String built and no SipHash.
struct PackedWordTable: Sendable {
    private var keys: [PackedWordSet.Key?]
    private var reasons: [RemovalReason]

    /// Words longer than `PackedWordSet.maxLength` cannot be stored and are left out
    /// (`BoilerplateHints` has none; a test checks its tables).
    init<S: Sequence>(_ entries: S) where S.Element == (key: String, value: RemovalReason) {
        let list = entries.filter { !$0.key.isEmpty && $0.key.utf8.count <= PackedWordSet.maxLength }
        var size = 16
        while size < list.count * 4 { size <<= 1 }
        keys = [PackedWordSet.Key?](repeating: nil, count: size)
        reasons = [RemovalReason](repeating: .navigation, count: size)  // filler; read only where a key is
        for (word, reason) in list {
            let key = PackedWordSet.Key(Array(word.utf8))
            var slot = key.hashIndex & (size - 1)
            while let existing = keys[slot], existing != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            reasons[slot] = reason
        }
    }

    func reason(for key: PackedWordSet.Key) -> RemovalReason? {
        let mask = keys.count - 1
        var slot = key.hashIndex & mask
        while let existing = keys[slot] {
            if existing == key { return reasons[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
