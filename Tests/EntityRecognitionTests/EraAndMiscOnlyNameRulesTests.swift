import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// An era marker inside a date is no name; "BC" on its own may be British Columbia.
@Test func eraMarkersOfDatesAreUntagged() {
    let sentences = [
        ["Built", "in", "500", "BC", "and", "rebuilt", "in", "AD", "79", "."],
        ["The", "4th", "century", "BCE", "ended", "."],
        ["BC", "Hydro", "and", "BC", "voters", "."],
    ]
    var tags = [
        [0, 0, 0, t(.unit, .misc), 0, 0, 0, t(.unit, .organization), 0, 0],
        [0, 0, 0, t(.unit, .organization), 0, 0],
        [t(.begin, .organization), t(.last, .organization), 0, t(.unit, .location), 0, 0],
    ]
    let britishColumbia = tags[2]
    EraMarkers.apply(&tags, sentences: sentences)
    #expect(tags[0].allSatisfy { $0 == 0 })
    #expect(tags[1].allSatisfy { $0 == 0 })
    #expect(tags[2] == britishColumbia)
}

/// A language or a disease is MISC whatever the tagger made of it; a longer name holding one is left.
@Test func languagesAndDiseasesAreMisc() {
    let sentences = [["Films", "in", "Hindi", "and", "GUJARATI", "from", "Tamil", "Nadu", "by", "Dawn", "French", "."]]
    var tags = [[0, 0, t(.unit, .person), 0, t(.unit, .organization), 0, t(.begin, .location), t(.last, .location), 0,
                 t(.begin, .person), t(.last, .person), 0]]
    MiscOnlyNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [
        LabeledSpan(start: 2, end: 3, label: .misc), LabeledSpan(start: 4, end: 5, label: .misc),
        LabeledSpan(start: 6, end: 8, label: .location), LabeledSpan(start: 9, end: 11, label: .person),
    ])

    var diseaseTags = [[t(.unit, .person), 0, t(.unit, .organization), 0, t(.unit, .location), 0, t(.unit, .person)]]
    MiscOnlyNames.apply(&diseaseTags, sentences: [["Hantavirus", "and", "COVID-19", "reached", "Odisha", "via", "Smith"]])
    #expect(BILOU.decode(diseaseTags[0]) == [
        LabeledSpan(start: 0, end: 1, label: .misc), LabeledSpan(start: 2, end: 3, label: .misc),
        LabeledSpan(start: 4, end: 5, label: .location), LabeledSpan(start: 6, end: 7, label: .person),
    ])
}
