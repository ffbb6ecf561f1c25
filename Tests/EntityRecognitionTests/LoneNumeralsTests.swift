import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A numeral span right after a name joins it with the name's type; after an untagged word it is dropped.
@Test func aLoneNumeralJoinsTheNameBeforeItOrIsUntagged() {
    let sentences = [["Puppet", "Master", "III", "uses", "type", "II", "modules", "."]]
    var tags = [[t(.begin, .misc), t(.last, .misc), t(.unit, .person), 0, 0, t(.unit, .misc), 0, 0]]
    LoneNumerals.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 0, end: 3, label: .misc)])
}

/// "V" and "X" are words too, and a numeral inside a longer span is already part of a name.
@Test func versusXAndNumeralsInsideNamesStay() {
    let sentences = [["AGASSI", "V", "SAMPRAS", ",", "X", ",", "World", "War", "II"]]
    let before = [[t(.unit, .person), t(.unit, .person), t(.unit, .person), 0, t(.unit, .organization), 0,
                   t(.begin, .misc), t(.inside, .misc), t(.last, .misc)]]
    var tags = before
    LoneNumerals.apply(&tags, sentences: sentences)
    #expect(tags == before)
}
