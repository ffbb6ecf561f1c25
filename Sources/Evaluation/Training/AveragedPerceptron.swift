import EntityRecognition
/// Averaged structured perceptron updates for `LinearChainWeights` (Collins
/// 2002), with the lazy averaging trick: keep `sum(step * delta)` and subtract
/// it from the final weights instead of summing weights after every example.
struct AveragedPerceptron {
    var weights: LinearChainWeights
    private var emissionSteps: [Double]
    private var transitionSteps: [Double]
    private(set) var step: Double = 1

    init(bucketBits: Int) {
        weights = LinearChainWeights(bucketBits: bucketBits)
        emissionSteps = [Double](repeating: 0, count: weights.emissions.count)
        transitionSteps = [Double](repeating: 0, count: weights.transitions.count)
    }

    /// One training example: moves weights toward `gold` and away from `predicted`.
    /// `weight` scales the step (per-corpus weights, `TrainingCorpus.weight`).
    mutating func update(features: FeatureMatrix, range: Range<Int>, gold: [Int], predicted: [Int], weight: Float = 1) {
        let t = LinearChainWeights.tagCount
        let c = step * Double(weight)
        let u = weight
        for (k, token) in range.enumerated() where gold[k] != predicted[k] {
            for f in features.offsets[token]..<features.offsets[token + 1] {
                let b = Int(features.ids[f]) * t
                weights.emissions[b + gold[k]] += u
                emissionSteps[b + gold[k]] += c
                weights.emissions[b + predicted[k]] -= u
                emissionSteps[b + predicted[k]] -= c
            }
        }
        for k in 0..<gold.count {
            let pg = k == 0 ? t : gold[k - 1]
            let pp = k == 0 ? t : predicted[k - 1]
            if pg == pp && gold[k] == predicted[k] { continue }
            weights.transitions[pg * t + gold[k]] += u
            transitionSteps[pg * t + gold[k]] += c
            weights.transitions[pp * t + predicted[k]] -= u
            transitionSteps[pp * t + predicted[k]] -= c
        }
    }

    mutating func nextExample() { step += 1 }

    /// The averaged weights (what gets shipped).
    func averaged() -> LinearChainWeights {
        var out = weights
        let c = step
        for i in 0..<out.emissions.count where emissionSteps[i] != 0 {
            out.emissions[i] = Float(Double(out.emissions[i]) - emissionSteps[i] / c)
        }
        for i in 0..<out.transitions.count {
            out.transitions[i] = Float(Double(out.transitions[i]) - transitionSteps[i] / c)
        }
        return out
    }
}
