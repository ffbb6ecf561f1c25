import EntityRecognition
/// Drops the weights of features seen fewer than `minCount` times in training
/// (a count cut-off, applied to the averaged weights). Most hashed features are
/// word pairs seen once; their rows made the multi-corpus model four times the
/// size of the CoNLL one, and every row costs load time and cache misses when
/// tagging. Private feature copies (`DomainFeatures`) are never read when tagging,
/// so buckets only they fill are dropped as well.
enum FeaturePruning {
    /// How often each bucket fires as a shared feature in `features` (the odd-position
    /// private copies of adapted documents are not counted).
    static func sharedCounts(_ features: [FeatureMatrix], adapted: [Bool], bucketBits: Int) -> [UInt16] {
        var counts = [UInt16](repeating: 0, count: 1 << bucketBits)
        for (m, isAdapted) in zip(features, adapted) {
            let step = isAdapted ? 2 : 1
            for f in stride(from: 0, to: m.ids.count, by: step) {
                let b = Int(m.ids[f])
                if counts[b] < UInt16.max { counts[b] += 1 }
            }
        }
        return counts
    }

    static func prune(_ weights: inout LinearChainWeights, counts: [UInt16], minCount: Int) {
        let t = LinearChainWeights.tagCount
        for (b, c) in counts.enumerated() where Int(c) < minCount {
            for j in 0..<t { weights.emissions[b * t + j] = 0 }
        }
    }
}
