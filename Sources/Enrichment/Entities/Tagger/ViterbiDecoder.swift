/// Best BILOU tag sequence for one sentence under a linear-chain model, with
/// impossible transitions (e.g. O → I-PER) excluded.
struct ViterbiDecoder {
    static let tagCount = BILOU.count
    /// `allowed[(prev) * T + next]`, prev = T for the sentence start.
    static let allowed: [Bool] = {
        let t = tagCount
        var table = [Bool](repeating: false, count: (t + 1) * t)
        for prev in 0...t {
            for next in 0..<t {
                table[prev * t + next] = BILOU.allowed(from: prev == t ? nil : prev, to: next)
            }
        }
        return table
    }()
    static let canEnd: [Bool] = (0..<tagCount).map(BILOU.canEnd)

    private var scores: [Float] = []
    private var delta: [Float] = []
    private var back: [Int32] = []

    /// Tags for tokens `range` of `features`, written into `tags` (same length as range).
    mutating func decode(
        _ weights: LinearChainWeights, features: FeatureMatrix, range: Range<Int>, tags: inout [Int]
    ) {
        let n = range.count
        let t = Self.tagCount
        tags.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        if scores.count < n * t {
            scores = [Float](repeating: 0, count: n * t)
            delta = [Float](repeating: 0, count: n * t)
            back = [Int32](repeating: 0, count: n * t)
        }
        weights.emissions.withUnsafeBufferPointer { w in
            features.ids.withUnsafeBufferPointer { ids in
                scores.withUnsafeMutableBufferPointer { s in
                    for (k, token) in range.enumerated() {
                        let row = k * t
                        for j in 0..<t { s[row + j] = 0 }
                        for f in features.offsets[token]..<features.offsets[token + 1] {
                            let b = Int(ids[f]) * t
                            for j in 0..<t { s[row + j] += w[b + j] }
                        }
                    }
                }
            }
        }
        let allowed = Self.allowed
        let trans = weights.transitions
        let negInf = -Float.greatestFiniteMagnitude
        for j in 0..<t {
            delta[j] = allowed[t * t + j] ? scores[j] + trans[t * t + j] : negInf
        }
        if n > 1 {
            for k in 1..<n {
                let row = k * t
                let prevRow = (k - 1) * t
                for j in 0..<t {
                    var best = negInf
                    var arg: Int32 = 0
                    for p in 0..<t where allowed[p * t + j] {
                        let v = delta[prevRow + p] + trans[p * t + j]
                        if v > best {
                            best = v
                            arg = Int32(p)
                        }
                    }
                    delta[row + j] = best == negInf ? negInf : best + scores[row + j]
                    back[row + j] = arg
                }
            }
        }
        let last = (n - 1) * t
        var bestTag = 0
        var best = negInf
        for j in 0..<t where Self.canEnd[j] && delta[last + j] > best {
            best = delta[last + j]
            bestTag = j
        }
        tags = [Int](repeating: 0, count: n)
        tags[n - 1] = bestTag
        var k = n - 1
        while k > 0 {
            tags[k - 1] = Int(back[k * t + tags[k]])
            k -= 1
        }
    }
}
