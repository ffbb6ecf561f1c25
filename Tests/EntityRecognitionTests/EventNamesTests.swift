import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A run of capitalised words ending in an event word is one MISC span, without a year or
/// "The" before it; an untagged sentence-initial word, a person and a longer span stay out.
@Test func anEventNameIsOneMiscSpan() {
    let sentences = [
        ["He", "led", "the", "Greater", "Milwaukee", "Open", "on", "Sunday", "but", "missed", "the", "1998", "World", "Cup",
         "through", "injury", "."],
        ["Winning", "Texas", "Open", "was", "easy", "."],
        ["Jack", "Nicklaus", "Open", "ended", "."],
    ]
    var tags = [
        [0, 0, 0, 0, t(.begin, .misc), t(.last, .misc), 0, 0, 0, 0, 0, 0, t(.unit, .location), 0, 0, 0, 0],
        [0, t(.unit, .location), 0, 0, 0, 0],
        [t(.begin, .person), t(.last, .person), 0, 0, 0],
    ]
    let person = tags[2]
    EventNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 3, end: 6, label: .misc), LabeledSpan(start: 12, end: 14, label: .misc)])
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 1, end: 3, label: .misc)])
    #expect(tags[2] == person)
}

/// In headline casing (Title Case, ALL CAPS) every word is capitalised, so untagged words
/// are not taken into an event's name there.
@Test func headlineCasingDoesNotGrowEventNames() {
    var titled = [[0, t(.unit, .location), 0, 0]]
    EventNames.apply(&titled, sentences: [["Won", "Wimbledon", "Championship", "Today"]])
    #expect(BILOU.decode(titled[0]) == [LabeledSpan(start: 1, end: 2, label: .location)])

    var caps = [[0, 0, t(.unit, .misc), 0]]
    EventNames.apply(&caps, sentences: [["SOCCER", "-", "WORLD", "CUP"]])
    #expect(BILOU.decode(caps[0]) == [LabeledSpan(start: 2, end: 3, label: .misc)])
}
