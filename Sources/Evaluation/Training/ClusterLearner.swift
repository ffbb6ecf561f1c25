import EntityRecognition
import Foundation

/// Learns `WordClusters` from unlabelled tokenised text: each word of at least
/// `minCount` occurrences is described by its left and right neighbours among the
/// most frequent words (positive PMI, unit length), and words are split by
/// spherical k-means into a tree (16 clusters, each split into 4, three times).
/// Brown clustering gives a similar tree but is far slower to learn; this takes
/// seconds on a million words and is deterministic, so the shipped table is
/// reproduced byte for byte.
public struct ClusterLearner: Sendable {
    public var minCount = 3
    public var contextWords = 800
    public var iterations = 10

    public init() {}

    /// `sentences`: token texts of the unlabelled corpus.
    public func learn(_ sentences: [[String]], report: (String) -> Void = { _ in }) -> WordClusters {
        var scratch: [UInt32] = []
        var ids: [UInt64: Int32] = [:]
        var counts: [Int] = []
        var keys: [UInt64] = []
        var encoded: [[Int32]] = []
        encoded.reserveCapacity(sentences.count)
        for s in sentences {
            encoded.append(s.map { token in
                let key = WordInfo(token, scratch: &scratch).lower
                if let id = ids[key] {
                    counts[Int(id)] += 1
                    return id
                }
                let id = Int32(keys.count)
                ids[key] = id
                keys.append(key)
                counts.append(1)
                return id
            })
        }
        // Words by frequency (ties by hash, so the order never depends on dictionary iteration).
        let byFrequency = keys.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : keys[$0] < keys[$1] }
        let contextCount = min(contextWords, byFrequency.count)
        var contextOf = [Int32](repeating: -1, count: keys.count)
        for (rank, w) in byFrequency.prefix(contextCount).enumerated() { contextOf[w] = Int32(rank) }
        let clustered = byFrequency.filter { counts[$0] >= minCount }
        var row = [Int32](repeating: -1, count: keys.count)
        for (r, w) in clustered.enumerated() { row[w] = Int32(r) }
        // Context dimensions: left neighbour rank, right neighbour rank + contextCount, and two boundary slots.
        let dims = 2 * contextCount + 2
        var pairCounts = [[Int32: Float]](repeating: [:], count: clustered.count)
        var contextTotals = [Float](repeating: 0, count: dims)
        for s in encoded {
            for (i, w) in s.enumerated() {
                let r = Int(row[Int(w)])
                guard r >= 0 else { continue }
                let left: Int32 = i == 0 ? Int32(dims - 2) : contextOf[Int(s[i - 1])]
                let right: Int32 = i == s.count - 1 ? Int32(dims - 1)
                    : (contextOf[Int(s[i + 1])] >= 0 ? contextOf[Int(s[i + 1])] + Int32(contextCount) : -1)
                for c in [left, right] where c >= 0 {
                    pairCounts[r][c, default: 0] += 1
                    contextTotals[Int(c)] += 1
                }
            }
        }
        // Positive PMI with context smoothing (alpha 0.75), rows normalised to unit length.
        let smoothed = contextTotals.map { Float(pow(Double($0), 0.75)) }
        let smoothedTotal = smoothed.reduce(0, +)
        var vectors: [[(Int32, Float)]] = []
        vectors.reserveCapacity(clustered.count)
        for r in 0..<clustered.count {
            let total = pairCounts[r].values.reduce(0, +)
            var v: [(Int32, Float)] = []
            for (c, n) in pairCounts[r].sorted(by: { $0.key < $1.key }) {
                let pmi = log((n / total) / (smoothed[Int(c)] / smoothedTotal))
                if pmi > 0 { v.append((c, pmi)) }
            }
            let norm = sqrt(v.reduce(0) { $0 + $1.1 * $1.1 })
            vectors.append(norm > 0 ? v.map { ($0.0, $0.1 / norm) } : [])
        }
        report("clusters: \(keys.count) word types, \(clustered.count) with ≥\(minCount) occurrences, \(dims) context dimensions")
        var paths = [UInt32](repeating: 0, count: clustered.count)
        var groups: [[Int]] = [Array(0..<clustered.count)]
        var shift = WordClusters.pathBits
        for bits in WordClusters.levelBits {
            shift -= bits
            var next: [[Int]] = []
            for members in groups {
                let parts = kmeans(members, k: 1 << bits, vectors: vectors, dims: dims)
                for (c, part) in parts.enumerated() {
                    for m in part { paths[m] |= UInt32(c) << UInt32(shift) }
                    next.append(part)
                }
            }
            groups = next
        }
        var table: [UInt64: UInt32] = [:]
        for (r, w) in clustered.enumerated() { table[keys[w]] = paths[r] }
        return WordClusters(paths: table)
    }

    /// Spherical k-means of `members` (already in frequency order), seeded with members spread
    /// evenly over that order; returns `k` member lists (some possibly empty).
    func kmeans(_ members: [Int], k: Int, vectors: [[(Int32, Float)]], dims: Int) -> [[Int]] {
        guard members.count > k else {
            var parts = [[Int]](repeating: [], count: k)
            for (i, m) in members.enumerated() { parts[i].append(m) }
            return parts
        }
        var centroids = [[Float]](repeating: [Float](repeating: 0, count: dims), count: k)
        for c in 0..<k {
            // Seeds from the frequent end, where context vectors are reliable.
            let seed = members[min(members.count - 1, c * max(1, min(members.count, 40 * k) / k))]
            for (d, x) in vectors[seed] { centroids[c][Int(d)] = x }
        }
        var assignment = [Int](repeating: -1, count: members.count)
        for _ in 0..<iterations {
            var changed = 0
            for (i, m) in members.enumerated() {
                var best = 0
                var bestScore = -Float.greatestFiniteMagnitude
                for c in 0..<k {
                    var s: Float = 0
                    centroids[c].withUnsafeBufferPointer { cen in
                        for (d, x) in vectors[m] { s += cen[Int(d)] * x }
                    }
                    if s > bestScore {
                        bestScore = s
                        best = c
                    }
                }
                if assignment[i] != best { changed += 1 }
                assignment[i] = best
            }
            for c in 0..<k { centroids[c] = [Float](repeating: 0, count: dims) }
            for (i, m) in members.enumerated() {
                for (d, x) in vectors[m] { centroids[assignment[i]][Int(d)] += x }
            }
            for c in 0..<k {
                let norm = sqrt(centroids[c].reduce(0) { $0 + $1 * $1 })
                if norm > 0 { centroids[c] = centroids[c].map { $0 / norm } }
            }
            if changed == 0 { break }
        }
        var parts = [[Int]](repeating: [], count: k)
        for (i, m) in members.enumerated() { parts[assignment[i]].append(m) }
        return parts
    }
}
