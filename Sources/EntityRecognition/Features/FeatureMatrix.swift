/// Feature bucket ids for every token of a document, flattened: token `t` owns
/// `ids[offsets[t]..<offsets[t + 1]]`. Features do not depend on weights, so the
/// trainer extracts them once and reuses them every epoch.
package struct FeatureMatrix {
    package var ids: [Int32] = []
    package var offsets: [Int] = [0]

    package init() {}

    package var tokenCount: Int { offsets.count - 1 }

    mutating func removeAll() {
        ids.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        offsets.append(0)
    }
}
