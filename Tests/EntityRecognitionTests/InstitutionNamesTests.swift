import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A school or university tagged as a place is an organisation; a lone "School" and a place stay.
@Test func schoolsAndUniversitiesAreOrganisations() {
    let sentences = [["Harrow", "School", ",", "University", "of", "Leeds", ",", "School", "and", "Leeds", "."]]
    var tags = [[t(.begin, .location), t(.last, .location), 0, t(.begin, .location), t(.inside, .location),
                 t(.last, .location), 0, t(.unit, .location), 0, t(.unit, .location), 0]]
    InstitutionNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [
        LabeledSpan(start: 0, end: 2, label: .organization), LabeledSpan(start: 3, end: 6, label: .organization),
        LabeledSpan(start: 7, end: 8, label: .location), LabeledSpan(start: 9, end: 10, label: .location),
    ])
}

/// "University" + "of" + a name is one organisation; "University" before anything else stays.
@Test func universityOfAPlaceIsOneOrganisation() {
    let sentences = [["The", "University", "of", "Michigan", "and", "University", "in", "Oxford", "."]]
    var tags = [[0, t(.unit, .organization), 0, t(.unit, .location), 0, t(.unit, .organization), 0, t(.unit, .location), 0]]
    InstitutionNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [
        LabeledSpan(start: 1, end: 4, label: .organization), LabeledSpan(start: 5, end: 6, label: .organization),
        LabeledSpan(start: 7, end: 8, label: .location),
    ])
}
