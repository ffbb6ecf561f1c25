import Testing
@testable import EntityRecognition

/// The hand-tuned inner loops of the tagger must compute exactly what the plain
/// formulations compute: the shipped predictions depend on it bit for bit.
struct TaggerKernelTests {
    @Test func widenEqualsTheStandardConversionForEveryInt8() {
        for start in stride(from: -128, through: 127, by: 16) {
            let q = SIMD16<Int8>((0..<16).map { Int8(truncatingIfNeeded: start + $0) })
            #expect(CompactWeights.widen(q) == SIMD16<Float>(SIMD16<Int32>(truncatingIfNeeded: q)))
        }
        let mixed = SIMD16<Int8>(-128, 127, 0, -1, 1, -77, 64, -3, 5, 100, -100, 42, -42, 7, -7, 127)
        #expect(CompactWeights.widen(mixed) == SIMD16<Float>(SIMD16<Int32>(truncatingIfNeeded: mixed)))
    }

    @Test func remapBothPassesKeepsExactlyTheFeaturesWithRowsInOrder() throws {
        let model = try NERResources.shippedModel()
        let second = try #require(model.secondPass)
        var extractor = FeatureExtractor(bucketBits: model.bucketBits)
        var features = FeatureMatrix()
        let sentences = [["Antony", "Blinken", "met", "officials", "in", "Kyiv", "on", "Monday", "."],
                         ["The", "European", "Union", "said", "nothing", "."]]
        extractor.extract(sentences: sentences, gazetteers: model.gazetteers, into: &features)
        var first = FeatureMatrix()
        var secondRows = FeatureMatrix()
        model.remapBothPasses(features, first: &first, second: &secondRows)

        var expectedFirst = FeatureMatrix()
        var expectedSecond = FeatureMatrix()
        for token in 0..<features.tokenCount {
            for f in features.offsets[token]..<features.offsets[token + 1] {
                let bucket = Int(features.ids[f])
                if model.firstPass.rowOf[bucket] >= 0 { expectedFirst.ids.append(model.firstPass.rowOf[bucket]) }
                if second.rowOf[bucket] >= 0 { expectedSecond.ids.append(second.rowOf[bucket]) }
            }
            expectedFirst.offsets.append(expectedFirst.ids.count)
            expectedSecond.offsets.append(expectedSecond.ids.count)
        }
        #expect(first.tokenCount == 15)
        #expect(first.ids == expectedFirst.ids)
        #expect(first.offsets == expectedFirst.offsets)
        #expect(secondRows.ids == expectedSecond.ids)
        #expect(secondRows.offsets == expectedSecond.offsets)
        // Some hashed features have no weights, so the remap must actually drop some.
        #expect(first.ids.count < features.ids.count)
    }
}
