import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A storm's name is MISC without its storm word, as CoNLL-2003 annotates it, and so are the
/// name's other mentions in the document; places, people and organisations around it stay.
@Test func stormNamesAreMiscInEveryMention() {
    let sentences = [
        ["Cyclone", "Phailin", "hit", "Odisha", "."],
        ["Phailin", "weakened", "after", "Tropical", "Storm", "Bill", "and", "Hurricane", "Sandy", "."],
        ["The", "National", "Hurricane", "Center", "and", "Storm", "Reid", "spoke", "."],
        ["Hurricane", "Hunters", "flew", "."],
    ]
    var tags = [
        [t(.begin, .person), t(.last, .person), 0, t(.unit, .location), 0],
        [t(.unit, .person), 0, 0, 0, 0, t(.unit, .person), 0, 0, t(.unit, .location), 0],
        [0, t(.begin, .organization), t(.inside, .organization), t(.last, .organization), 0,
         t(.begin, .person), t(.last, .person), 0, 0],
        [t(.begin, .organization), t(.last, .organization), 0, 0],
    ]
    let untouched = Array(tags[2...])
    NamedStorms.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 1, end: 2, label: .misc), LabeledSpan(start: 3, end: 4, label: .location)])
    #expect(BILOU.decode(tags[1]) == [
        LabeledSpan(start: 0, end: 1, label: .misc), LabeledSpan(start: 5, end: 6, label: .misc),
        LabeledSpan(start: 8, end: 9, label: .misc),
    ])
    #expect(Array(tags[2...]) == untouched)
}

@Test func aHashtagAfterAStormWordIsNotAStormName() {
    var tags = [[0, 0, t(.unit, .location)]]
    NamedStorms.apply(&tags, sentences: [["tropical", "storm", "#westcork"]])
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 2, end: 3, label: .location)])
}
