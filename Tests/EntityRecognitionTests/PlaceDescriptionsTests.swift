import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A name the article describes as a place is a place in every mention tagged a person or MISC,
/// a section title included; its organisation mentions stay (the team, the government).
@Test func aNameDescribedAsAPlaceIsAPlaceInEveryMention() {
    let sentences = [
        ["Coron"],
        ["Coron", "is", "the", "largest", "town", "on", "the", "island", "."],
        ["Chicago", "beat", "Coron", "in", "the", "city", "of", "Urus-Martan", "."],
        ["Urus-Martan", "lies", "south", "."],
    ]
    var tags = [
        [t(.unit, .person)],
        [t(.unit, .person), 0, 0, 0, 0, 0, 0, 0, 0],
        [t(.unit, .organization), 0, t(.unit, .organization), 0, 0, 0, 0, t(.unit, .misc), 0],
        [t(.unit, .misc), 0, 0, 0],
    ]
    PlaceDescriptions.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 0, end: 1, label: .location)])
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 0, end: 1, label: .location)])
    #expect(BILOU.decode(tags[2]) == [
        LabeledSpan(start: 0, end: 1, label: .organization), LabeledSpan(start: 2, end: 3, label: .organization),
        LabeledSpan(start: 7, end: 8, label: .location),
    ])
    #expect(BILOU.decode(tags[3]) == [LabeledSpan(start: 0, end: 1, label: .location)])
}

/// Each kind of description, and the near misses that describe something else.
@Test func onlyDescriptionsThatLeaveNoOtherReadingCount() {
    func described(_ words: String, name: Range<Int>) -> Bool {
        PlaceDescriptions.isDescribedAsPlace(
            LabeledSpan(start: name.lowerBound, end: name.upperBound, label: .person),
            in: words.split(separator: " ").map(String.init))
    }
    #expect(described("Kiritimati is in the province of Line Islands", name: 0..<1))
    #expect(described("Belton is located in Bell County", name: 0..<1))
    #expect(described("Ashur was an ancient city on the Tigris", name: 0..<1))
    #expect(described("Salisbury is a cathedral city", name: 0..<1))
    #expect(described("He lived in the capital of Colchis", name: 6..<7))
    #expect(described("Province of Palawan", name: 2..<3))

    #expect(!described("Marion was a city councillor", name: 0..<1))
    #expect(!described("Smith was located in a hotel", name: 0..<1))
    #expect(!described("Marion was a Chicago city official", name: 0..<1))
    #expect(!described("He studied at the University of Michigan", name: 6..<7))
    #expect(!described("Jones is a leading lawyer in town", name: 0..<1))
}
