/// Inference-time weights: only the hashed buckets that carry a non-zero weight
/// keep a row. Features are remapped to row numbers once per document, and
/// features without a row are dropped, so scoring touches a table of a few MB
/// that stays in cache instead of a sparse 35 MB one (and RSS stays small).
struct CompactWeights: Sendable {
    static let tagCount = BILOU.count
    let bucketBits: Int
    /// Row of each bucket, or -1 when all its weights are zero.
    let rowOf: [Int32]
    let rows: [Float]
    let transitions: [Float]

    var rowCount: Int { rows.count / Self.tagCount }

    init(dense: LinearChainWeights) {
        let t = Self.tagCount
        var rowOf = [Int32](repeating: -1, count: 1 << dense.bucketBits)
        var rows: [Float] = []
        for b in 0..<rowOf.count {
            let slice = dense.emissions[(b * t)..<(b * t + t)]
            guard slice.contains(where: { $0 != 0 }) else { continue }
            rowOf[b] = Int32(rows.count / t)
            rows.append(contentsOf: slice)
        }
        self.init(bucketBits: dense.bucketBits, rowOf: rowOf, rows: rows, transitions: dense.transitions)
    }

    init(bucketBits: Int, rowOf: [Int32], rows: [Float], transitions: [Float]) {
        self.bucketBits = bucketBits
        self.rowOf = rowOf
        self.rows = rows
        self.transitions = transitions
    }

    /// `(flat dense index, weight)` of every non-zero weight, in index order (for the model file).
    func nonzeroWeights() -> [(index: Int, value: Float)] {
        let t = Self.tagCount
        var out: [(index: Int, value: Float)] = []
        for (b, r) in rowOf.enumerated() where r >= 0 {
            for j in 0..<t where rows[Int(r) * t + j] != 0 { out.append((b * t + j, rows[Int(r) * t + j])) }
        }
        return out
    }

    /// `features` (bucket ids) as row ids, without features that have no weights.
    func remap(_ features: FeatureMatrix, into out: inout FeatureMatrix) {
        out.removeAll()
        out.ids.reserveCapacity(features.ids.count)
        rowOf.withUnsafeBufferPointer { map in
            features.ids.withUnsafeBufferPointer { ids in
                for token in 0..<features.tokenCount {
                    for f in features.offsets[token]..<features.offsets[token + 1] {
                        let r = map[Int(ids[f])]
                        if r >= 0 { out.ids.append(r) }
                    }
                    out.offsets.append(out.ids.count)
                }
            }
        }
    }
}
