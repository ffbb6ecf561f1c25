import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A regnal number joins the person before it; the pronoun "I" and "V" for versus do not.
@Test func aRegnalNumberJoinsThePersonBeforeIt() {
    let sentences = [
        ["Queen", "Elizabeth", "II", "met", "Norton", "I", "."],
        ["Smith", "I", "think", "won", "Chapter", "II", "."],
        ["TENNIS", "-", "AGASSI", "V", "SAMPRAS"],
    ]
    var tags = [
        [0, t(.unit, .person), 0, 0, t(.unit, .person), 0, 0],
        [t(.unit, .person), 0, 0, 0, 0, 0, 0],
        [0, 0, t(.unit, .person), 0, t(.unit, .person)],
    ]
    let pronoun = tags[1]
    let versus = tags[2]
    RegnalNumbers.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 1, end: 3, label: .person), LabeledSpan(start: 4, end: 6, label: .person)])
    #expect(tags[1] == pronoun)
    #expect(tags[2] == versus)
}
