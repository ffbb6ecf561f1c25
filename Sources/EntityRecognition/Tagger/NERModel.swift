/// A trained NER model: first-pass weights, optional second-pass weights that
/// also see how the first pass labelled the same words elsewhere in the
/// document, and the gazetteers both passes match against.
public struct NERModel: Sendable {
    let bucketBits: Int
    let firstPass: CompactWeights
    let secondPass: CompactWeights?
    /// Gazetteers in template order: [0] external name/place lists, [1] names learnt from training data.
    let gazetteers: [Gazetteer]
    /// Word clusters the features look up (empty in models trained without them).
    let clusters: WordClusters
    /// Whether `DocumentConsistency` gives each phrase one type per document (on; the README's ablation
    /// measures it with `eval ner --no-consistency`).
    public var documentConsistency = true
    /// Bucket → (first-pass slot, second-pass slot), interleaved, so one memory access
    /// remaps a feature for both passes; -1 where that pass has no weights for the bucket.
    let rowPairs: [Int32]
    /// Inference copy of both passes' rows: one `slotBytes` slot per bucket with weights in
    /// either pass, its first-pass row then its second-pass row (zeros where a pass has none;
    /// `rowPairs` never points there). The second pass then mostly reads cache lines the
    /// first pass of the same document has just loaded, instead of missing in a second table.
    let slots: [UInt8]
    static let slotBytes = 2 * CompactWeights.rowBytes
    /// Bucket → slot for buckets with second-pass weights (the second pass's vote features).
    let secondSlotOf: [Int32]

    package init(bucketBits: Int, firstPass: CompactWeights, secondPass: CompactWeights?, gazetteers: [Gazetteer],
         clusters: WordClusters = .empty) {
        self.bucketBits = bucketBits
        self.clusters = clusters
        self.firstPass = firstPass
        self.secondPass = secondPass
        self.gazetteers = gazetteers
        let rowBytes = CompactWeights.rowBytes
        var pairs = [Int32](repeating: -1, count: 2 << bucketBits)
        var secondSlot = [Int32](repeating: -1, count: 1 << bucketBits)
        var slots: [UInt8] = []
        for b in 0..<(1 << bucketBits) {
            let r1 = Int(firstPass.rowOf[b])
            let r2 = Int(secondPass?.rowOf[b] ?? -1)
            guard r1 >= 0 || r2 >= 0 else { continue }
            let slot = Int32(slots.count / Self.slotBytes)
            if r1 >= 0 {
                pairs[2 * b] = slot
                slots += firstPass.rows[(r1 * rowBytes)..<(r1 * rowBytes + rowBytes)]
            } else {
                slots += repeatElement(0, count: rowBytes)
            }
            if let second = secondPass, r2 >= 0 {
                pairs[2 * b + 1] = slot
                secondSlot[b] = slot
                slots += second.rows[(r2 * rowBytes)..<(r2 * rowBytes + rowBytes)]
            } else {
                slots += repeatElement(0, count: rowBytes)
            }
        }
        rowPairs = pairs
        secondSlotOf = secondSlot
        self.slots = slots
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

    /// Documents longer than this many tokens are tagged a part at a time.
    static let partTokens = 8_192

    /// BILOU tags of every token of a document, sentence by sentence.
    func tag(sentences: [[String]]) -> [[Int]] {
        tag(sentences: sentences, partTokens: Self.partTokens)
    }

    /// Tags a document a part of about `partTokens` tokens at a time, so that memory is
    /// bounded by the part size instead of the document's: three feature matrices of every
    /// token of a long document (about 500 bytes a token) were most of the entities stage's
    /// peak memory. The tags are those of the whole document at once: the document context
    /// and the second pass's votes still come from the whole document. With several parts,
    /// each part's features are extracted once per pass instead of kept between them.
    func tag(sentences: [[String]], partTokens: Int) -> [[Int]] {
        var extractor = FeatureExtractor(bucketBits: bucketBits)
        extractor.prepare(sentences: sentences, clusters: clusters)
        let lengths = sentences.map(\.count)
        let parts = Self.parts(lengths: lengths, partTokens: partTokens)

        var decoder = ViterbiDecoder()
        var matrix = FeatureMatrix(), rows = FeatureMatrix(), secondRows = FeatureMatrix()
        let stride = Self.slotBytes
        func rowsOf(_ part: Part) {
            extractor.extract(base: part.firstToken, lengths: lengths[part.sentences], gazetteers: gazetteers, into: &matrix)
            remapBothPasses(matrix, first: &rows, second: &secondRows)
        }
        var result: [[Int]] = []
        result.reserveCapacity(sentences.count)
        for part in parts {
            rowsOf(part)
            result += Self.decode(sentences: sentences[part.sentences]) {
                decoder.decode(
                    rows: slots, rowStride: stride, rowOffset: 0, transitions: firstPass.transitions, features: rows,
                    range: $0, tags: &$1)
            }
        }
        if let second = secondPass {
            let prior = result.flatMap { $0 }
            let votes = extractor.votes(priorTags: prior)
            result.removeAll(keepingCapacity: true)
            for part in parts {
                if parts.count > 1 { rowsOf(part) }  // one part: its rows are still there
                extractor.addingVotes(votes, priorTags: prior, to: secondRows, from: part.firstToken, remap: secondSlotOf, into: &rows)
                result += Self.decode(sentences: sentences[part.sentences]) {
                    decoder.decode(
                        rows: slots, rowStride: stride, rowOffset: CompactWeights.rowBytes, transitions: second.transitions,
                        features: rows, range: $0, tags: &$1)
                }
            }
        }
        if documentConsistency { DocumentConsistency.apply(&result, sentences: sentences) }
        NamingConventions.apply(&result, sentences: sentences)
        return result
    }

    /// Sentences `sentences` of a document, from token `firstToken` on.
    typealias Part = (sentences: Range<Int>, firstToken: Int)

    /// Consecutive sentences of about `partTokens` tokens each (a longer sentence alone).
    static func parts(lengths: [Int], partTokens: Int) -> [Part] {
        var parts: [Part] = []
        var start = 0, firstToken = 0, tokens = 0, token = 0
        for (index, length) in lengths.enumerated() {
            if tokens > 0, tokens + length > partTokens {
                parts.append((start..<index, firstToken))
                start = index; firstToken = token; tokens = 0
            }
            tokens += length
            token += length
        }
        parts.append((start..<lengths.count, firstToken))
        return parts
    }

    /// Training-time decoding with dense weights.
    package static func decode(
        _ weights: LinearChainWeights, matrix: FeatureMatrix, sentences: [[String]], decoder: inout ViterbiDecoder
    ) -> [[Int]] {
        decode(sentences: sentences) { decoder.decode(weights, features: matrix, range: $0, tags: &$1) }
    }

    static func decode(sentences: some Collection<[String]>, _ decodeRange: (Range<Int>, inout [Int]) -> Void) -> [[Int]] {
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
