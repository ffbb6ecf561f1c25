/// A trained NER model: first-pass weights, optional second-pass weights that
/// also see how the first pass labelled the same words elsewhere in the
/// document, and the gazetteers both passes match against.
public struct NERModel: Sendable {
    let bucketBits: Int
    let firstPass: CompactWeights
    let secondPass: CompactWeights?
    /// Gazetteers in template order: [0] external name/place lists, [1] names learnt from training data.
    let gazetteers: [Gazetteer]
    /// Bucket → (first-pass row, second-pass row), interleaved, so one memory access
    /// remaps a feature for both passes.
    let rowPairs: [Int32]

    init(bucketBits: Int, firstPass: CompactWeights, secondPass: CompactWeights?, gazetteers: [Gazetteer]) {
        self.bucketBits = bucketBits
        self.firstPass = firstPass
        self.secondPass = secondPass
        self.gazetteers = gazetteers
        var pairs = [Int32](repeating: -1, count: 2 << bucketBits)
        for b in 0..<(1 << bucketBits) {
            pairs[2 * b] = firstPass.rowOf[b]
            pairs[2 * b + 1] = secondPass?.rowOf[b] ?? -1
        }
        rowPairs = pairs
    }

    /// Feature bucket ids as first-pass and second-pass row ids (features without weights dropped).
    ///
    /// Every lookup is a likely cache miss in the 4 MB `rowPairs`, so the loop writes through raw
    /// buffers (no `append` bookkeeping between lookups) to let the CPU overlap many misses.
    func remapBothPasses(_ features: FeatureMatrix, first: inout FeatureMatrix, second: inout FeatureMatrix) {
        let total = features.ids.count
        let tokens = features.tokenCount
        var firstOffsets = [Int](repeating: 0, count: tokens + 1)
        var secondOffsets = [Int](repeating: 0, count: tokens + 1)
        var firstCount = 0
        var secondCount = 0
        var firstIDs = [Int32](repeating: 0, count: total)
        var secondIDs = [Int32](repeating: 0, count: total)
        rowPairs.withUnsafeBufferPointer { pairs in
            features.ids.withUnsafeBufferPointer { ids in
                features.offsets.withUnsafeBufferPointer { offsets in
                    firstIDs.withUnsafeMutableBufferPointer { out1 in
                        secondIDs.withUnsafeMutableBufferPointer { out2 in
                            firstOffsets.withUnsafeMutableBufferPointer { off1 in
                                secondOffsets.withUnsafeMutableBufferPointer { off2 in
                                    for token in 0..<tokens {
                                        for f in offsets[token]..<offsets[token + 1] {
                                            let b = Int(ids[f]) &* 2
                                            let r1 = pairs[b], r2 = pairs[b &+ 1]
                                            // Branch-free: always store, advance only when the row exists.
                                            out1[firstCount] = r1
                                            out2[secondCount] = r2
                                            firstCount &+= r1 >= 0 ? 1 : 0
                                            secondCount &+= r2 >= 0 ? 1 : 0
                                        }
                                        off1[token + 1] = firstCount
                                        off2[token + 1] = secondCount
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        firstIDs.removeLast(total - firstCount)
        secondIDs.removeLast(total - secondCount)
        first.ids = firstIDs
        first.offsets = firstOffsets
        second.ids = secondIDs
        second.offsets = secondOffsets
    }

    /// BILOU tags of every token of a document, sentence by sentence.
    func tag(sentences: [[String]]) -> [[Int]] {
        var extractor = FeatureExtractor(bucketBits: bucketBits)
        var decoder = ViterbiDecoder()
        var matrix = FeatureMatrix()
        extractor.extract(sentences: sentences, gazetteers: gazetteers, into: &matrix)
        var rows = FeatureMatrix()
        var secondRows = FeatureMatrix()
        remapBothPasses(matrix, first: &rows, second: &secondRows)
        var result = Self.decode(sentences: sentences) { decoder.decode(firstPass, features: rows, range: $0, tags: &$1) }
        if let second = secondPass {
            extractor.addingVotes(priorTags: result.flatMap { $0 }, to: secondRows, remap: second.rowOf, into: &rows)
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
