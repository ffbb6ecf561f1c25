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

    @Test func remapBothPassesPointsEachKeptFeatureAtItsOwnRows() throws {
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

        // Expected: the same features in the same order, dropping those without weights,
        // each pointing at a slot whose half for that pass holds exactly the pass's row.
        var expectedFirstRows: [Int32] = [], expectedSecondRows: [Int32] = []
        var expectedFirstOffsets = [0], expectedSecondOffsets = [0]
        for token in 0..<features.tokenCount {
            for f in features.offsets[token]..<features.offsets[token + 1] {
                let bucket = Int(features.ids[f])
                if model.firstPass.rowOf[bucket] >= 0 { expectedFirstRows.append(model.firstPass.rowOf[bucket]) }
                if second.rowOf[bucket] >= 0 { expectedSecondRows.append(second.rowOf[bucket]) }
            }
            expectedFirstOffsets.append(expectedFirstRows.count)
            expectedSecondOffsets.append(expectedSecondRows.count)
        }
        let rowBytes = CompactWeights.rowBytes
        func slotHalf(_ slot: Int32, _ half: Int) -> [UInt8] {
            let start = Int(slot) * NERModel.slotBytes + half * rowBytes
            return Array(model.slots[start..<(start + rowBytes)])
        }
        func row(_ weights: CompactWeights, _ r: Int32) -> [UInt8] {
            Array(weights.rows[(Int(r) * rowBytes)..<(Int(r) * rowBytes + rowBytes)])
        }
        #expect(first.tokenCount == 15)
        #expect(first.offsets == expectedFirstOffsets)
        #expect(secondRows.offsets == expectedSecondOffsets)
        #expect(first.ids.map { slotHalf($0, 0) } == expectedFirstRows.map { row(model.firstPass, $0) })
        #expect(secondRows.ids.map { slotHalf($0, 1) } == expectedSecondRows.map { row(second, $0) })
        // The vote features of the second pass are remapped through `secondSlotOf`.
        var mismatches = 0
        for bucket in stride(from: 0, to: 1 << model.bucketBits, by: 7) {
            let r = second.rowOf[bucket], slot = model.secondSlotOf[bucket]
            if (r >= 0) != (slot >= 0) || (r >= 0 && slotHalf(slot, 1) != row(second, r)) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        // Some hashed features have no weights, so the remap must actually drop some.
        #expect(first.ids.count < features.ids.count)
    }
}
