import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// First name, quoted nickname and last name are one person; quotes between two people who
/// are not one name stay apart.
@Test func aQuotedNicknameJoinsTheNameAroundIt() {
    let sentences = [
        ["Roberto", "\"", "Hands", "of", "Stone", "\"", "Duran", "and", "Hector", "\"", "Macho", "\"", "Camacho", "."],
        ["Smith", "\"", "said", "\"", "Jones", "."],
        ["Smith", "\"", "Iron", "\"", "Paris", "."],
    ]
    var tags = [
        [t(.unit, .person), 0, 0, 0, t(.unit, .person), 0, t(.unit, .person), 0,
         t(.unit, .person), 0, t(.unit, .misc), 0, t(.unit, .person), 0],
        [t(.unit, .person), 0, 0, 0, t(.unit, .person), 0],
        [t(.unit, .person), 0, 0, 0, t(.unit, .location), 0],
    ]
    let unchanged = Array(tags[1...])
    QuotedNicknames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 0, end: 7, label: .person), LabeledSpan(start: 8, end: 13, label: .person)])
    #expect(Array(tags[1...]) == unchanged)
}
