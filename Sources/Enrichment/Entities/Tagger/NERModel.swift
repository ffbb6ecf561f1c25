/// A trained NER model: first-pass weights, optional second-pass weights that
/// also see how the first pass labelled the same words elsewhere in the
/// document, and the gazetteers both passes match against.
public struct NERModel: Sendable {
    let bucketBits: Int
    let firstPass: CompactWeights
    let secondPass: CompactWeights?
    /// Gazetteers in template order: [0] external name/place lists, [1] names learnt from training data.
    let gazetteers: [Gazetteer]

    init(bucketBits: Int, firstPass: CompactWeights, secondPass: CompactWeights?, gazetteers: [Gazetteer]) {
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
        var rows = FeatureMatrix()
        firstPass.remap(matrix, into: &rows)
        var result = Self.decode(sentences: sentences) { decoder.decode(firstPass, features: rows, range: $0, tags: &$1) }
        if let second = secondPass {
            var withVotes = FeatureMatrix()
            extractor.addingVotes(priorTags: result.flatMap { $0 }, to: matrix, into: &withVotes)
            second.remap(withVotes, into: &rows)
            result = Self.decode(sentences: sentences) { decoder.decode(second, features: rows, range: $0, tags: &$1) }
        }
        return result
    }

    /// Training-time decoding with dense weights.
    static func decode(
        _ weights: LinearChainWeights, matrix: FeatureMatrix, sentences: [[String]], decoder: inout ViterbiDecoder
    ) -> [[Int]] {
        decode(sentences: sentences) { decoder.decode(weights, features: matrix, range: $0, tags: &$1) }
    }

    static func decode(sentences: [[String]], _ decodeRange: (Range<Int>, inout [Int]) -> Void) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(sentences.count)
        var base = 0
        var tags: [Int] = []
        for s in sentences {
            decodeRange(base..<(base + s.count), &tags)
            result.append(tags)
            base += s.count
        }
        return result
    }
}
