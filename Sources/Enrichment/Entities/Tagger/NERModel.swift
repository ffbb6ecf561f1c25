/// A trained NER model: first-pass weights, optional second-pass weights that
/// also see how the first pass labelled the same words elsewhere in the
/// document, and the gazetteers both passes match against.
public struct NERModel: Sendable {
    let bucketBits: Int
    let firstPass: LinearChainWeights
    let secondPass: LinearChainWeights?
    /// Gazetteers in template order: [0] external name/place lists, [1] names learnt from training data.
    let gazetteers: [Gazetteer]

    init(bucketBits: Int, firstPass: LinearChainWeights, secondPass: LinearChainWeights?, gazetteers: [Gazetteer]) {
        self.bucketBits = bucketBits
        self.firstPass = firstPass
        self.secondPass = secondPass
        self.gazetteers = gazetteers
    }

    /// BILOU tags of every token of a document, sentence by sentence.
    func tag(sentences: [[String]]) -> [[Int]] {
        var extractor = FeatureExtractor(bucketBits: bucketBits)
        var decoder = ViterbiDecoder()
        var matrix = FeatureMatrix()
        extractor.extract(sentences: sentences, gazetteers: gazetteers, into: &matrix)
        var result = Self.decode(firstPass, matrix: matrix, sentences: sentences, decoder: &decoder)
        if let second = secondPass {
            var withVotes = FeatureMatrix()
            extractor.addingVotes(priorTags: result.flatMap { $0 }, to: matrix, into: &withVotes)
            result = Self.decode(second, matrix: withVotes, sentences: sentences, decoder: &decoder)
        }
        return result
    }

    static func decode(
        _ weights: LinearChainWeights, matrix: FeatureMatrix, sentences: [[String]], decoder: inout ViterbiDecoder
    ) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(sentences.count)
        var base = 0
        var tags: [Int] = []
        for s in sentences {
            decoder.decode(weights, features: matrix, range: base..<(base + s.count), tags: &tags)
            result.append(tags)
            base += s.count
        }
        return result
    }
}
