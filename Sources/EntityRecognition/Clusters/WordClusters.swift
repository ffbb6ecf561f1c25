/// Word clusters: each known word (by its lower-case, normalised hash, the
/// `WordInfo.lower` key, so casing never changes a word's cluster) has a path in
/// a cluster tree, like Brown clusters: its top-level cluster in the high bits,
/// finer splits below. Features use the path's prefixes, so a word the labelled
/// corpora never saw ("Fetterman", "Zelensky") still shares weights with the
/// words it keeps company with in unlabelled news text.
///
/// Learnt by `ClusterLearner` from unlabelled text; stored in the model file.
public struct WordClusters: Sendable {
    /// Bits of the path per tree level, top first (16, 4, 4, 4 branches → 4 + 2 + 2 + 2 bits).
    public static let levelBits: [Int] = [4, 2, 2, 2]
    package static let pathBits = levelBits.reduce(0, +)

    /// Path of every clustered word, keyed by `WordInfo.lower`.
    let paths: [UInt64: UInt32]
    let table: HashTable

    public static let empty = WordClusters(paths: [:])

    public var count: Int { paths.count }

    package init(paths: [UInt64: UInt32]) {
        self.paths = paths
        table = HashTable(paths)
    }

    /// The path of a word's lower-case hash, plus one so 0 means "no cluster".
    @inline(__always)
    func code(_ lower: UInt64) -> UInt32 {
        guard let p = table.lookup(lower) else { return 0 }
        return p + 1
    }

    /// `code`'s prefix of the first `levels` tree levels (0 stays 0).
    @inline(__always)
    static func prefix(_ code: UInt32, levels: Int) -> UInt64 {
        guard code != 0 else { return 0 }
        var kept = 0
        for l in 0..<levels { kept += levelBits[l] }
        return UInt64((code - 1) >> UInt32(pathBits - kept)) + 1
    }
}
