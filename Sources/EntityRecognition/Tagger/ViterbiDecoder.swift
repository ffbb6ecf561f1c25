/// Best BILOU tag sequence for one sentence under a linear-chain model, with
/// impossible transitions (e.g. O → I-PER) excluded. Written over raw buffers:
/// this loop is most of the tagger's run time.
package struct ViterbiDecoder {
    static let tagCount = 17
    /// For each tag, the tags allowed before it (index `tagCount` = sentence start).
    static let previousTags: [[Int]] = (0..<tagCount).map { next in
        (0...tagCount).filter { prev in BILOU.allowed(from: prev == tagCount ? nil : prev, to: next) }
    }
    static let canEnd: [Bool] = (0..<tagCount).map(BILOU.canEnd)

    private var scores: [Float] = []
    private var delta: [Float] = []
    private var back: [Int32] = []
    /// Flattened `previousTags` without the start row, and where each tag's list begins.
    private let prevFlat: [Int32]
    private let prevStart: [Int]
    private let startAllowed: [Bool]

    package init() {
        var flat: [Int32] = []
        var starts: [Int] = []
        var startOK: [Bool] = []
        for next in 0..<Self.tagCount {
            starts.append(flat.count)
            let prevs = Self.previousTags[next]
            flat += prevs.filter { $0 < Self.tagCount }.map(Int32.init)
            startOK.append(prevs.contains(Self.tagCount))
        }
        starts.append(flat.count)
        prevFlat = flat
        prevStart = starts
        startAllowed = startOK
    }

    /// Emission scores of each token of `range`: the sum of its features' weight rows.
    static func emissionScores(
        _ w: UnsafeBufferPointer<Float>, features: FeatureMatrix, range: Range<Int>, into s: UnsafeMutableBufferPointer<Float>
    ) {
        let t = 17
        features.ids.withUnsafeBufferPointer { ids in
            features.offsets.withUnsafeBufferPointer { offsets in
                guard let wBase = w.baseAddress, let sBase = s.baseAddress, let idBase = ids.baseAddress else { return }
                for (k, token) in range.enumerated() {
                    var acc = SIMD16<Float>(repeating: 0)
                    var last: Float = 0
                    for f in offsets[token]..<offsets[token + 1] {
                        let row = UnsafeRawPointer(wBase + Int(idBase[f]) * t)
                        acc += row.loadUnaligned(as: SIMD16<Float>.self)
                        last += row.load(fromByteOffset: 64, as: Float.self)
                    }
                    let out = UnsafeMutableRawPointer(sBase + k * t)
                    out.storeBytes(of: acc, as: SIMD16<Float>.self)
                    out.storeBytes(of: last, toByteOffset: 64, as: Float.self)
                }
            }
        }
    }

    /// Tags for tokens `range` of `features`, written into `tags` (same length as range).
    package mutating func decode(
        _ weights: LinearChainWeights, features: FeatureMatrix, range: Range<Int>, tags: inout [Int]
    ) {
        decode(rows: weights.emissions, transitions: weights.transitions, features: features, range: range, tags: &tags)
    }

    /// Same over `CompactWeights`; `features` must hold row ids (see `NERModel.remapBothPasses`).
    package mutating func decode(_ weights: CompactWeights, features: FeatureMatrix, range: Range<Int>, tags: inout [Int]) {
        decode(
            rows: weights.rows, rowStride: CompactWeights.rowBytes, rowOffset: 0, transitions: weights.transitions,
            features: features, range: range, tags: &tags)
    }

    /// Same over compact rows laid out at `rowOffset + id * rowStride` in `rows` (see `NERModel.slots`).
    package mutating func decode(
        rows: [UInt8], rowStride: Int, rowOffset: Int, transitions: [Float], features: FeatureMatrix,
        range: Range<Int>, tags: inout [Int]
    ) {
        guard prepare(range.count) else { return tags.removeAll() }
        rows.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                CompactWeights.emissionScores(
                    w, rowStride: rowStride, rowOffset: rowOffset, features: features, range: range, into: s)
            }
        }
        viterbi(count: range.count, transitions: transitions, tags: &tags)
    }

    /// `rows`: one `tagCount` row of emission weights per feature id in `features`.
    package mutating func decode(
        rows: [Float], transitions: [Float], features: FeatureMatrix, range: Range<Int>, tags: inout [Int]
    ) {
        guard prepare(range.count) else { return tags.removeAll() }
        rows.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                Self.emissionScores(w, features: features, range: range, into: s)
            }
        }
        viterbi(count: range.count, transitions: transitions, tags: &tags)
    }

    /// Like `decode(_:features:range:tags:)`, but only tags whose bit is set in `allowed[k]` may
    /// label token `k` (partial-label training: the best path the incomplete gold permits).
    package mutating func decode(
        _ weights: LinearChainWeights, features: FeatureMatrix, range: Range<Int>, allowed: [UInt32],
        tags: inout [Int]
    ) {
        guard prepare(range.count) else { return tags.removeAll() }
        let t = Self.tagCount
        weights.emissions.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                Self.emissionScores(w, features: features, range: range, into: s)
                for k in 0..<range.count {
                    for j in 0..<t where allowed[k] & (1 << UInt32(j)) == 0 { s[k * t + j] = -1e30 }
                }
            }
        }
        viterbi(count: range.count, transitions: weights.transitions, tags: &tags)
    }

    /// Sizes the work buffers for `n` tokens; false when there is nothing to decode.
    private mutating func prepare(_ n: Int) -> Bool {
        let t = Self.tagCount
        if scores.count < n * t {
            scores = [Float](repeating: 0, count: n * t)
            delta = [Float](repeating: 0, count: n * t)
            back = [Int32](repeating: 0, count: n * t)
        }
        return n > 0
    }

    /// Best path through the emission `scores` of `n` tokens.
    private mutating func viterbi(count n: Int, transitions: [Float], tags: inout [Int]) {
        let t = Self.tagCount
        let negInf = -Float.greatestFiniteMagnitude
        var bestTag = 0
        scores.withUnsafeBufferPointer { s in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { b in
                    transitions.withUnsafeBufferPointer { trans in
                        prevFlat.withUnsafeBufferPointer { pf in
                            for j in 0..<t {
                                d[j] = startAllowed[j] ? s[j] + trans[t * t + j] : negInf
                            }
                            if n > 1 {
                                for k in 1..<n {
                                    let row = k * t
                                    let prevRow = row - t
                                    for j in 0..<t {
                                        var best = negInf
                                        var arg: Int32 = 0
                                        for q in prevStart[j]..<prevStart[j + 1] {
                                            let p = Int(pf[q])
                                            let v = d[prevRow + p] + trans[p * t + j]
                                            if v > best {
                                                best = v
                                                arg = Int32(p)
                                            }
                                        }
                                        d[row + j] = best + s[row + j]
                                        b[row + j] = arg
                                    }
                                }
                            }
                            let last = (n - 1) * t
                            var best = negInf
                            for j in 0..<t where Self.canEnd[j] && d[last + j] > best {
                                best = d[last + j]
                                bestTag = j
                            }
                        }
                    }
                }
            }
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
