/// Phrase lists (first names, surnames, countries, cities, ...) matched against
/// token sequences. Entries are stored as hashes of the lower-cased, normalised
/// tokens, so the table is compact and matching never allocates.
public struct Gazetteer: Sendable {
    /// Category bit masks keyed by phrase hash; bit 31 marks a proper prefix of a longer phrase.
    var phrases: [UInt64: UInt32]
    /// The same entries in a fast lookup table.
    let table: HashTable
    static let prefixBit: UInt32 = 1 << 31
    /// Longest phrase, in tokens.
    var maxLength: Int
    /// Category names, by bit index, for documentation and debugging.
    public var categories: [String]

    public static let empty = Gazetteer(phrases: [:], maxLength: 0, categories: [])

    init(phrases: [UInt64: UInt32], maxLength: Int, categories: [String]) {
        self.phrases = phrases
        self.maxLength = maxLength
        self.categories = categories
        table = HashTable(phrases)
    }

    /// Hash of a phrase made of tokens with these lower-case hashes.
    @inline(__always)
    static func extend(_ h: UInt64, with lower: UInt64) -> UInt64 { FeatureHash.mix(h, lower) }

    static let phraseSeed: UInt64 = 0x6761_7a65_7474_6565

    /// Builds a gazetteer from `(category, phrase)` lines; phrases are tokenised like text.
    public init(entries: [(category: String, phrase: String)], tokenize: (String) -> [String]) {
        var categories: [String] = []
        var index: [String: Int] = [:]
        var phrases: [UInt64: UInt32] = [:]
        var maxLength = 0
        var scratch: [UInt32] = []
        for entry in entries {
            let bit: Int
            if let b = index[entry.category] {
                bit = b
            } else {
                bit = categories.count
                guard bit < 31 else { continue }
                categories.append(entry.category)
                index[entry.category] = bit
            }
            let words = tokenize(entry.phrase)
            guard !words.isEmpty, words.count <= 6 else { continue }
            var h = Self.phraseSeed
            for (k, w) in words.enumerated() {
                h = Self.extend(h, with: WordInfo(w, scratch: &scratch).lower)
                if k < words.count - 1 { phrases[h, default: 0] |= Self.prefixBit }
            }
            phrases[h, default: 0] |= 1 << UInt32(bit)
            maxLength = max(maxLength, words.count)
        }
        self.phrases = phrases
        self.maxLength = maxLength
        self.categories = categories
        table = HashTable(phrases)
    }

    /// For each token, the (category bit, BILU position) pairs of phrases covering it, packed as
    /// `bit * 4 + position` (position 0 begin, 1 inside, 2 last, 3 unit).
    func matches(_ words: UnsafeBufferPointer<WordInfo>, into result: inout [[UInt8]]) {
        let n = words.count
        for i in 0..<n { result[i].removeAll(keepingCapacity: true) }
        guard maxLength > 0 else { return }
        for start in 0..<n {
            var h = Self.phraseSeed
            for length in 1...maxLength where start + length <= n {
                h = Self.extend(h, with: words[start + length - 1].lower)
                guard let value = table.lookup(h) else { break }
                var bits = value & ~Self.prefixBit
                while bits != 0 {
                    let bit = UInt8(bits.trailingZeroBitCount)
                    bits &= bits - 1
                    if length == 1 {
                        result[start].append(bit * 4 + 3)
                    } else {
                        result[start].append(bit * 4)
                        for k in (start + 1)..<(start + length - 1) { result[k].append(bit * 4 + 1) }
                        result[start + length - 1].append(bit * 4 + 2)
                    }
                }
                if value & Self.prefixBit == 0 { break }
            }
        }
    }
}
