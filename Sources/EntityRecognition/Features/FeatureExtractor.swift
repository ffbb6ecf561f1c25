/// Turns a tokenised document into hashed feature ids per token.
///
/// Templates: the word and its neighbours (±2), bigrams, word shapes, prefixes
/// and suffixes, sentence position and all-caps headlines, gazetteer matches,
/// document-level context (`DocumentContext`) and word clusters (`ClusterFeatures`,
/// when the model has them); `addingVotes` adds how a first
/// tagging pass labelled the same word elsewhere in the document.
package struct FeatureExtractor {
    let bucketMask: UInt64
    private var scratch: [UInt32] = []
    private var words: [WordInfo] = []
    private var sentenceFirst: [Bool] = []
    private var sentenceLast: [Bool] = []
    private var context = DocumentContext()
    /// Per gazetteer, per token of the current sentence: matched (category, position) codes.
    private var hits: [[[UInt8]]] = []

    package init(bucketBits: Int) {
        bucketMask = (UInt64(1) << UInt64(bucketBits)) - 1
    }

    enum Template: UInt64 {
        case bias = 1, lower, exact, digitNormal, prev1, next1, prev2, next2, prevBigram, nextBigram
        case shape, prevShape, nextShape, shapeTrigram, prefix, suffix, first, headline
        case docLowercase, docCapitalizedMid, docFirstPrev, docFirstShapes, gazetteer, prevWordShape
        case shapeNextWord, priorVote, priorVoteShape, nextSuffix
        case cluster, prevCluster, nextCluster, clusterShape
    }
    /// Per token of the document: its `WordClusters.code` (0 = none).
    private(set) var clusterCodes: [UInt32] = []
    private var useClusters = false

    @inline(__always)
    private func bucket(_ h: UInt64) -> Int32 { Int32(truncatingIfNeeded: (h >> 7) & bucketMask) }

    /// Extracts features of a whole document (`sentences` of token texts).
    /// `gazetteers` each get their own templates.
    package mutating func extract(
        sentences: [[String]], gazetteers: [Gazetteer], clusters: WordClusters = .empty, into matrix: inout FeatureMatrix
    ) {
        prepare(sentences: sentences, clusters: clusters)
        matrix.removeAll()
        var base = 0
        for sentence in sentences {
            let n = sentence.count
            sentenceFeatures(base: base, count: n, gazetteers: gazetteers, into: &matrix)
            base += n
        }
    }

    /// Reads the whole document (`sentences`) for what its features know of it: each word,
    /// the document context and the word clusters. Then `extract(base:lengths:…)` can produce the
    /// features of one part at a time, the same as `extract(sentences:…)` would for that part.
    package mutating func prepare(sentences: [[String]], clusters: WordClusters = .empty) {
        words.removeAll(keepingCapacity: true)
        sentenceFirst.removeAll(keepingCapacity: true)
        sentenceLast.removeAll(keepingCapacity: true)
        for sentence in sentences {
            for (i, token) in sentence.enumerated() {
                words.append(WordInfo(token, scratch: &scratch))
                sentenceFirst.append(i == 0)
                sentenceLast.append(i == sentence.count - 1)
            }
        }
        context.build(words: words, sentenceFirst: sentenceFirst, sentenceLast: sentenceLast)
        useClusters = clusters.count > 0
        clusterCodes.removeAll(keepingCapacity: true)
        if useClusters { for w in words { clusterCodes.append(clusters.code(w.lower)) } }
    }

    /// Features of the sentences of the `prepare`d document that start at token `base`
    /// and have `lengths` tokens each, into `matrix` (row 0 = token `base`).
    package mutating func extract(
        base: Int, lengths: ArraySlice<Int>, gazetteers: [Gazetteer], into matrix: inout FeatureMatrix
    ) {
        matrix.removeAll()
        var start = base
        for n in lengths {
            sentenceFeatures(base: start, count: n, gazetteers: gazetteers, into: &matrix)
            start += n
        }
    }

    private mutating func sentenceFeatures(
        base: Int, count n: Int, gazetteers: [Gazetteer], into m: inout FeatureMatrix
    ) {
        while hits.count < gazetteers.count { hits.append([]) }
        for (gi, g) in gazetteers.enumerated() {
            if hits[gi].count < n { hits[gi] += [[UInt8]](repeating: [], count: n - hits[gi].count) }
            words.withUnsafeBufferPointer { all in
                g.matches(UnsafeBufferPointer(rebasing: all[base..<(base + n)]), into: &hits[gi])
            }
        }
        var letterTokens = 0
        var capsTokens = 0
        for i in base..<(base + n) where words[i].hasLetter {
            letterTokens += 1
            if words[i].isAllCaps { capsTokens += 1 }
        }
        let headline: UInt64 = letterTokens >= 2 && capsTokens * 2 > letterTokens ? 1 : 0
        let boundary = WordInfo.boundary
        for i in 0..<n {
            let w = words[base + i]
            let p1 = i >= 1 ? words[base + i - 1] : boundary
            let p2 = i >= 2 ? words[base + i - 2] : boundary
            let n1 = i + 1 < n ? words[base + i + 1] : boundary
            let n2 = i + 2 < n ? words[base + i + 2] : boundary
            func add(_ t: Template, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                m.ids.append(bucket(FeatureHash.mix(t.rawValue, a, b, c)))
            }
            add(.bias, 0)
            add(.lower, w.lower)
            add(.exact, w.exact)
            add(.digitNormal, w.digitNormal)
            add(.prev1, p1.lower)
            add(.next1, n1.lower)
            add(.prev2, p2.lower)
            add(.next2, n2.lower)
            add(.prevBigram, p1.lower, w.lower)
            add(.nextBigram, w.lower, n1.lower)
            add(.shape, w.shape)
            add(.prevShape, p1.shape, w.shape)
            add(.nextShape, w.shape, n1.shape)
            add(.shapeTrigram, p1.shortShape, w.shortShape, n1.shortShape)
            add(.prefix, 1, w.prefixes.0)
            add(.prefix, 2, w.prefixes.1)
            add(.prefix, 3, w.prefixes.2)
            add(.prefix, 4, w.prefixes.3)
            add(.suffix, 1, w.suffixes.0)
            add(.suffix, 2, w.suffixes.1)
            add(.suffix, 3, w.suffixes.2)
            add(.suffix, 4, w.suffixes.3)
            add(.first, i == 0 ? 1 : 0, w.shortShape)
            add(.headline, headline, w.shortShape)
            add(.prevWordShape, p1.lower, w.shortShape)
            add(.shapeNextWord, w.shortShape, n1.lower)
            add(.nextSuffix, w.shortShape, n1.suffixes.2)
            if w.hasLetter, let s = context.stats[w.lower] {
                if w.isCapitalized || w.isAllCaps {
                    add(.docLowercase, s.lowercaseCount > 0 ? 1 : 0, w.shortShape, headline)
                    let midElsewhere = s.capitalizedMidSentence - (i > 0 && w.isCapitalized ? 1 : 0)
                    add(.docCapitalizedMid, midElsewhere > 0 ? 1 : 0, i == 0 ? 1 : 0, headline)
                    add(.docFirstPrev, s.firstPrevLower)
                    add(.docFirstShapes, s.firstPrevShape, s.firstNextShape)
                }
            }
            if useClusters { clusterFeatures(base + i, first: i == 0, last: i == n - 1, shape: w.shortShape, add) }
            for g in 0..<gazetteers.count {
                for code in hits[g][i] {
                    add(.gazetteer, UInt64(g), UInt64(code), w.isCapitalized ? 1 : 0)
                }
            }
            m.offsets.append(m.ids.count)
        }
    }

    /// Copies `base` (features of the document last passed to `extract`) and adds
    /// the second-pass votes: the label the first pass (`priorTags`, flat per
    /// token) gave most often to the same capitalised word elsewhere in the document.
    /// With `remap`, vote features are mapped to rows like `CompactWeights.remap` (and `base` holds rows).
    package mutating func addingVotes(
        priorTags: [Int], to base: FeatureMatrix, remap: [Int32]? = nil, into out: inout FeatureMatrix
    ) {
        addingVotes(votes(priorTags: priorTags), priorTags: priorTags, to: base, from: 0, remap: remap, into: &out)
    }

    /// Per capitalised word of the document: how often the first pass gave it each label.
    package func votes(priorTags: [Int]) -> [UInt64: SIMD8<Int32>] {
        var votes: [UInt64: SIMD8<Int32>] = [:]
        for (i, w) in words.enumerated() where w.isCapitalized && i < priorTags.count {
            votes[w.lower, default: .zero][(BILOU.label(of: priorTags[i])?.rawValue ?? -1) + 1] += 1
        }
        return votes
    }

    /// `addingVotes` for the part of the document whose features `base` holds, starting
    /// at token `first`; `votes` and `priorTags` are the whole document's.
    package mutating func addingVotes(
        _ votes: [UInt64: SIMD8<Int32>], priorTags: [Int], to base: FeatureMatrix, from first: Int, remap: [Int32]? = nil,
        into out: inout FeatureMatrix
    ) {
        func append(_ id: Int32) {
            guard let remap else { return out.ids.append(id) }
            let r = remap[Int(id)]
            if r >= 0 { out.ids.append(r) }
        }
        out.removeAll()
        out.ids.reserveCapacity(base.ids.count + base.tokenCount * 2)
        for row in 0..<base.tokenCount where first + row < words.count {
            let i = first + row
            let w = words[i]
            out.ids.append(contentsOf: base.ids[base.offsets[row]..<base.offsets[row + 1]])
            if w.isCapitalized, i < priorTags.count, var v = votes[w.lower] {
                v[(BILOU.label(of: priorTags[i])?.rawValue ?? -1) + 1] -= 1
                var best = 0
                for k in 1..<5 where v[k] > v[best] { best = k }
                if v[best] > 0 {
                    let atStart: UInt64 = sentenceFirst[i] ? 1 : 0
                    append(bucket(FeatureHash.mix(Template.priorVote.rawValue, UInt64(best), UInt64(min(v[best], 3)), 0)))
                    append(bucket(FeatureHash.mix(Template.priorVoteShape.rawValue, UInt64(best), w.shortShape, atStart)))
                }
            }
            out.offsets.append(out.ids.count)
        }
    }
}
