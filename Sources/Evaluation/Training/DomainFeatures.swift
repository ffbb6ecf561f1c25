import EntityRecognition
/// "Frustratingly easy" domain adaptation (Daumé 2007), one-sided: while training,
/// every feature of a document from an adapted corpus also fires as a copy private
/// to that corpus. Conventions only that corpus has (GUM's "Ms Bauchtman" as one
/// name, tweets' lower-case names) are learnt on the private copies, and the shared
/// weights, the only ones the shipped tagger reads, stay closer to news style.
/// Copies hash into the same buckets as shared features; the few collisions are noise.
enum DomainFeatures {
    static func withCopies(_ m: FeatureMatrix, domain: Int, bucketBits: Int) -> FeatureMatrix {
        let mask = (UInt64(1) << UInt64(bucketBits)) - 1
        var out = FeatureMatrix()
        out.ids.reserveCapacity(m.ids.count * 2)
        out.offsets.reserveCapacity(m.offsets.count)
        for t in 0..<m.tokenCount {
            for f in m.offsets[t]..<m.offsets[t + 1] {
                let id = m.ids[f]
                out.ids.append(id)
                out.ids.append(Int32(truncatingIfNeeded: (FeatureHash.mix(UInt64(UInt32(bitPattern: id)), UInt64(domain)) >> 7) & mask))
            }
            out.offsets.append(out.ids.count)
        }
        return out
    }
}
