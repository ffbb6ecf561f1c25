import Testing
@testable import EntityRecognition

@Test func gazetteerMatchesMultiWordPhrasesWithPositions() {
    let g = NERResources.gazetteer(fromTSV: "loc\tNew York\nloc\tYork\nper\tJohn\n")
    let words = ["John", "went", "to", "New", "York", "."]
    var scratch: [UInt32] = []
    let infos = words.map { WordInfo($0, scratch: &scratch) }
    var hits = [[UInt8]](repeating: [], count: words.count)
    infos.withUnsafeBufferPointer { g.matches($0, into: &hits) }
    let loc = UInt8(g.categories.firstIndex(of: "loc") ?? -1)
    let per = UInt8(g.categories.firstIndex(of: "per") ?? -1)
    #expect(hits[0] == [per * 4 + 3])
    #expect(hits[1].isEmpty && hits[2].isEmpty)
    #expect(hits[3] == [loc * 4])
    #expect(Set(hits[4]) == [loc * 4 + 2, loc * 4 + 3])
}

@Test func shippedGazetteerLoads() throws {
    let g = try NERResources.externalGazetteer()
    #expect(g.categories.contains("loc-country"))
    #expect(g.maxLength >= 2)
}
