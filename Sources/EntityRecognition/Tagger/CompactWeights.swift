/// Inference-time weights: only the hashed buckets that carry a non-zero weight
/// keep a row, stored as 8-bit values with one scale per row (24 bytes instead
/// of 68). Features are remapped to row numbers once per document (`NERModel.remapBothPasses`), and features
/// without a row are dropped, so scoring touches a table of under 2 MB that
/// stays in cache instead of a sparse 35 MB one (and RSS stays small).
package struct CompactWeights: Sendable {
    static let tagCount = BILOU.count
    /// Bytes per row: Float32 scale, 17 Int8 weights, padding.
    static let rowBytes = 24
    let bucketBits: Int
    /// Row of each bucket, or -1 when all its weights are zero.
    let rowOf: [Int32]
    let rows: [UInt8]
    let transitions: [Float]

    var rowCount: Int { rows.count / Self.rowBytes }

    package init(dense: LinearChainWeights) {
        let t = Self.tagCount
        var rowOf = [Int32](repeating: -1, count: 1 << dense.bucketBits)
        var rows: [UInt8] = []
        for b in 0..<rowOf.count {
            let slice = dense.emissions[(b * t)..<(b * t + t)]
            guard slice.contains(where: { $0 != 0 }) else { continue }
            rowOf[b] = Int32(rows.count / Self.rowBytes)
            Self.appendRow(Array(slice), to: &rows)
        }
        self.init(bucketBits: dense.bucketBits, rowOf: rowOf, rows: rows, transitions: dense.transitions)
    }

    init(bucketBits: Int, rowOf: [Int32], rows: [UInt8], transitions: [Float]) {
        self.bucketBits = bucketBits
        self.rowOf = rowOf
        self.rows = rows
        self.transitions = transitions
    }

    /// Quantises one row of `tagCount` weights (scale = largest magnitude / 127).
    /// Written as plain loops with byte appends: model loading runs it for every row (half
    /// a million in a multi-corpus model), and temporary arrays per row made loading slow.
    static func appendRow(_ weights: [Float], to rows: inout [UInt8]) {
        let start = rows.count
        rows.append(contentsOf: repeatElement(0, count: rowBytes))
        weights.withUnsafeBufferPointer { w in
            rows.withUnsafeMutableBufferPointer { out in
                var maxAbs: Float = 0
                for x in w { maxAbs = max(maxAbs, abs(x)) }
                let scale = maxAbs > 0 ? maxAbs / 127 : 1
                let bits = scale.bitPattern
                for k in 0..<4 { out[start + k] = UInt8(truncatingIfNeeded: bits >> UInt32(8 * k)) }
                for (j, x) in w.enumerated() {
                    out[start + 4 + j] = UInt8(bitPattern: Int8(clamping: Int((x / scale).rounded())))
                }
            }
        }
    }

    /// The weights of row `r`.
    func row(_ r: Int) -> [Float] {
        rows.withUnsafeBytes { raw in
            let base = r * Self.rowBytes
            let scale = raw.loadUnaligned(fromByteOffset: base, as: Float.self)
            return (0..<Self.tagCount).map { Float(Int8(bitPattern: raw[base + 4 + $0])) * scale }
        }
    }

    /// Emission scores of each token of `range` (features are row ids).
    /// Row `r` starts at byte `rowOffset + r * rowStride` of `rows` (`NERModel` interleaves both passes).
    static func emissionScores(
        _ rows: UnsafeBufferPointer<UInt8>, rowStride: Int = rowBytes, rowOffset: Int = 0, features: FeatureMatrix,
        range: Range<Int>, into s: UnsafeMutableBufferPointer<Float>
    ) {
        let t = 17
        features.ids.withUnsafeBufferPointer { ids in
            features.offsets.withUnsafeBufferPointer { offsets in
                guard let base = rows.baseAddress, let sBase = s.baseAddress, let idBase = ids.baseAddress else { return }
                let raw = UnsafeRawPointer(base) + rowOffset
                for (k, token) in range.enumerated() {
                    var acc = SIMD16<Float>(repeating: 0)
                    var last: Float = 0
                    for f in offsets[token]..<offsets[token + 1] {
                        let row = raw + Int(idBase[f]) &* rowStride
                        let scale = row.loadUnaligned(as: Float.self)
                        let q = row.loadUnaligned(fromByteOffset: 4, as: SIMD16<Int8>.self)
                        acc += widen(q) * scale
                        last += Float(row.load(fromByteOffset: 20, as: Int8.self)) * scale
                    }
                    let out = UnsafeMutableRawPointer(sBase + k * t)
                    out.storeBytes(of: acc, as: SIMD16<Float>.self)
                    out.storeBytes(of: last, toByteOffset: 64, as: Float.self)
                }
            }
        }
    }

    /// `q` as floats, lane by lane. Same values as `SIMD16<Float>(SIMD16<Int32>(truncatingIfNeeded: q))`
    /// (every Int8 is exact in Float), but the stdlib's generic conversions are not inlined here:
    /// their calls spilled the accumulators and kept the CPU from overlapping the cache misses
    /// on weight rows, which are most of the tagger's time. LLVM turns this into two vector instructions.
    @inline(__always)
    static func widen(_ q: SIMD16<Int8>) -> SIMD16<Float> {
        SIMD16<Float>(
            Float(q[0]), Float(q[1]), Float(q[2]), Float(q[3]), Float(q[4]), Float(q[5]), Float(q[6]), Float(q[7]),
            Float(q[8]), Float(q[9]), Float(q[10]), Float(q[11]), Float(q[12]), Float(q[13]), Float(q[14]), Float(q[15]))
    }

    /// `(flat dense index, weight)` of every non-zero weight, in index order (for the model file).
    func nonzeroWeights() -> [(index: Int, value: Float)] {
        let t = Self.tagCount
        var out: [(index: Int, value: Float)] = []
        for (b, r) in rowOf.enumerated() where r >= 0 {
            let weights = row(Int(r))
            for j in 0..<t where weights[j] != 0 { out.append((b * t + j, weights[j])) }
        }
        return out
    }
}
