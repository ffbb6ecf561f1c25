/// Cheap word tests for the convention passes, which look at every sentence of every article:
/// they compare UTF-8 bytes instead of allocating a lowercased copy or hashing each word.
enum WordMatching {
    /// Whether `word` is `lowercase` in any ASCII casing ("of", "Of", "OF").
    static func matches(_ word: String, _ lowercase: String) -> Bool {
        var other = lowercase.utf8.makeIterator()
        for byte in word.utf8 {
            guard let expected = other.next() else { return false }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if folded != expected { return false }
        }
        return other.next() == nil
    }

    /// Whether `word` begins with an ASCII lowercase letter.
    static func startsLowercaseASCII(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x61 && first <= 0x7A
    }

    /// Whether `word` begins with an ASCII capital letter.
    static func startsUppercaseASCII(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x41 && first <= 0x5A
    }
}
