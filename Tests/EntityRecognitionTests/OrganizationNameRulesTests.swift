import Testing
@testable import EntityRecognition

private func t(_ position: BILOU.Position, _ label: EntityLabel) -> Int { BILOU.tag(position, label) }

/// A name right after a lowercase organisation noun is an organisation in every mention
/// tagged a person or MISC; after a job noun, or a capitalised noun, it stays a person.
@Test func aNameIntroducedByAnOrganisationNounIsAnOrganisation() {
    let sentences = [
        ["Pirelli", "cables", "look", "to", "China", "."],
        ["Italian", "tyre", "giant", "Pirelli", "said", "so", "."],
        ["Producer", "David", "Merrick", "and", "producer", "Jerry", "Wexler", "came", "."],
        ["The", "Giant", "Smith", "and", "Milan", "club", "Inter", "."],
    ]
    var tags = [
        [t(.unit, .person), 0, 0, 0, t(.unit, .location), 0],
        [t(.unit, .misc), 0, 0, t(.unit, .person), 0, 0, 0],
        [0, t(.begin, .person), t(.last, .person), 0, 0, t(.begin, .person), t(.last, .person), 0, 0],
        [0, 0, t(.unit, .person), 0, t(.unit, .location), 0, t(.unit, .location), 0],
    ]
    let untouched = Array(tags[2...])
    OrganizationDescriptors.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 0, end: 1, label: .organization), LabeledSpan(start: 4, end: 5, label: .location)])
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 0, end: 1, label: .misc), LabeledSpan(start: 3, end: 4, label: .organization)])
    #expect(Array(tags[2...]) == untouched)
}

/// A one-word person span that begins an organisation's full name in the article is that
/// organisation, unless the word is also part of a person's full name there.
@Test func aShortenedOrganisationNameIsAnOrganisation() {
    let sentences = [
        ["Rotor", "Volgograd", "and", "Ford", "Motor", "Co", "lost", "."],
        ["Rotor", "fans", "were", "locked", "out", "."],
        ["Henry", "Ford", "said", "Ford", "would", "win", "."],
        ["Volgograd", "cheered", "."],
    ]
    var tags = [
        [t(.begin, .organization), t(.last, .organization), 0, t(.begin, .organization), t(.inside, .organization),
         t(.last, .organization), 0, 0],
        [t(.unit, .person), 0, 0, 0, 0, 0],
        [t(.begin, .person), t(.last, .person), 0, t(.unit, .person), 0, 0, 0],
        [t(.unit, .person), 0, 0],
    ]
    let untouched = [tags[0]] + Array(tags[2...])
    ShortOrganizationNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 0, end: 1, label: .organization)])
    #expect([tags[0]] + Array(tags[2...]) == untouched)
}

/// An untagged word that begins a company's name ending in a legal suffix is that company,
/// unless the article also uses the word in lower case.
@Test func anUntaggedShortCompanyNameIsAnOrganisation() {
    let sentences = [
        ["Magna", "International", "Inc", "and", "News", "Corp", "bid", "."],
        ["Magna", "was", "up", "and", "News", "fell", "on", "the", "news", "."],
        ["Magna", "Carta", "is", "old", "."],
    ]
    var tags = [
        [t(.begin, .organization), t(.inside, .organization), t(.last, .organization), 0,
         t(.begin, .organization), t(.last, .organization), 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
    ]
    ShortOrganizationNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 0, end: 1, label: .organization)])
    #expect(tags[2].allSatisfy { $0 == 0 })
}

/// "A & B" is one company in every mention once the article writes it with a legal suffix;
/// two names joined by "&" without one stay two.
@Test func anAmpersandCompanyNameIsOneOrganisation() {
    let sentences = [
        ["Douglas", "&", "Lomason", "shares", "rose", "."],
        ["Shares", "of", "Douglas", "&", "Lomason", "Co", "were", "up", "."],
        ["Liam", "Adams", "&", "UVF", "met", "."],
    ]
    var tags = [
        [t(.unit, .person), 0, t(.unit, .person), 0, 0, 0],
        [0, 0, t(.unit, .person), 0, t(.begin, .organization), t(.last, .organization), 0, 0, 0],
        [t(.begin, .person), t(.last, .person), 0, t(.unit, .organization), 0, 0],
    ]
    let twoNames = tags[2]
    AmpersandCompanyNames.apply(&tags, sentences: sentences)
    #expect(BILOU.decode(tags[0]) == [LabeledSpan(start: 0, end: 3, label: .organization)])
    #expect(BILOU.decode(tags[1]) == [LabeledSpan(start: 2, end: 6, label: .organization)])
    #expect(tags[2] == twoNames)
}
