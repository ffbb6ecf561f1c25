/// Word-cluster templates (`WordClusters`): the word's cluster path at each tree
/// level, the neighbours' full paths, and the path with the word's short shape.
/// Clusters are keyed by lower case, so they carry over unchanged to ALL-CAPS
/// headlines and to words the labelled corpora never contained.
extension FeatureExtractor {
    func clusterFeatures(
        _ t: Int, first: Bool, last: Bool, shape: UInt64, _ add: (Template, UInt64, UInt64, UInt64) -> Void
    ) {
        let code = clusterCodes[t]
        let levels = WordClusters.levelBits.count
        for l in 1...levels { add(.cluster, UInt64(l), WordClusters.prefix(code, levels: l), 0) }
        add(.clusterShape, WordClusters.prefix(code, levels: 2), shape, 0)
        let prev = first ? UInt64.max : WordClusters.prefix(clusterCodes[t - 1], levels: 3)
        let next = last ? UInt64.max : WordClusters.prefix(clusterCodes[t + 1], levels: 3)
        add(.prevCluster, prev, 0, 0)
        add(.nextCluster, next, 0, 0)
    }
}
