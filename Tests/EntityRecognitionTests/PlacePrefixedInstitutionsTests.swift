import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A place right before a state body, armed force or school joins it as one organisation.
@Test func aPlaceBeforeAnInstitutionIsPartOfItsName() {
    let sentences = [["The", "United", "States", "Congress", "and", "Texas", "A&M", "University", "met", "."]]
    var tags = [[0, t(.begin, .location), t(.last, .location), t(.unit, .organization), 0,
                 t(.unit, .location), t(.begin, .organization), t(.last, .organization), 0, 0]]
    PlacePrefixedInstitutions.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [
        LabeledSpan(start: 1, end: 4, label: .organization), LabeledSpan(start: 5, end: 8, label: .organization),
    ])
}

/// A gap, a nationality or a head outside the list leaves both spans as they were.
@Test func otherNeighboursOfAPlaceStayApart() {
    let sentences = [["Chicago", "NAPM", ",", "British", "Army", ",", "U.S.", "and", "Senate", "."]]
    let before = [[t(.unit, .location), t(.unit, .organization), 0, t(.unit, .misc), t(.unit, .organization), 0,
                   t(.unit, .location), 0, t(.unit, .organization), 0]]
    var tags = before
    PlacePrefixedInstitutions.apply(&tags, sentences: sentences)
    #expect(tags == before)
}
