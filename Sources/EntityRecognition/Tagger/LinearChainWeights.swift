/// Weights of a linear-chain tagger: one row of `BILOU.count` scores per hashed
/// feature bucket, plus tag-to-tag transition scores (row `BILOU.count` is the
/// sentence start).
package struct LinearChainWeights: Sendable {
    let bucketBits: Int
    package var emissions: [Float]
    package var transitions: [Float]

    package static let tagCount = BILOU.count

    package init(bucketBits: Int) {
        self.bucketBits = bucketBits
        emissions = [Float](repeating: 0, count: (1 << bucketBits) * Self.tagCount)
        transitions = [Float](repeating: 0, count: (Self.tagCount + 1) * Self.tagCount)
    }

    init(bucketBits: Int, emissions: [Float], transitions: [Float]) {
        self.bucketBits = bucketBits
        self.emissions = emissions
        self.transitions = transitions
    }
}
