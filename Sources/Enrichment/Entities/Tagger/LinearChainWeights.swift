/// Weights of a linear-chain tagger: one row of `BILOU.count` scores per hashed
/// feature bucket, plus tag-to-tag transition scores (row `BILOU.count` is the
/// sentence start).
struct LinearChainWeights: Sendable {
    let bucketBits: Int
    var emissions: [Float]
    var transitions: [Float]

    static let tagCount = BILOU.count

    init(bucketBits: Int) {
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
