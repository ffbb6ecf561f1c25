import Articles
import Testing
@testable import EntityRecognition

private func mention(_ text: String, _ start: Int, _ type: EntityType) -> EntityResolver.RawMention {
    let words = text.split(separator: " ").map(String.init)
    return .init(mention: Mention(text: text, start: start, end: start + text.unicodeScalars.count), type: type,
                 words: words)
}

@Test func surnamesMergeIntoTheFullNameWhateverTheirType() {
    let entities = EntityResolver.resolve([
        mention("Antony Blinken", 0, .person), mention("Blinken", 40, .organization), mention("Blinken", 80, .person),
    ])
    #expect(entities.count == 1)
    #expect(entities[0].name == "Antony Blinken" && entities[0].type == .person)
    #expect(entities[0].count == 3 && entities[0].firstOffset == 0)
}

@Test func nearestEarlierPersonWinsASharedSurname() {
    let entities = EntityResolver.resolve([
        mention("Joe Biden", 0, .person), mention("Hunter Biden", 50, .person), mention("Biden", 90, .person),
    ])
    let hunter = entities.first { $0.name == "Hunter Biden" }
    #expect(hunter?.count == 2)
}

@Test func aliasesShareOneCanonicalEntityAndIdsFollowFirstMention() {
    let entities = EntityResolver.resolve([
        mention("Hamas", 0, .misc), mention("US", 10, .location), mention("U.S.", 30, .organization),
        mention("United States", 50, .location),
    ])
    #expect(entities.map(\.id) == ["e1", "e2"])
    #expect(entities[0].name == "Hamas" && entities[0].type == .organization)
    #expect(entities[1].name == "United States" && entities[1].type == .location && entities[1].count == 3)
}

@Test func differentThingsStaySeparate() {
    let entities = EntityResolver.resolve([
        mention("Palestinian Authority", 0, .organization), mention("Palestinian", 30, .misc),
    ])
    #expect(entities.count == 2)
}

@Test func aLoneFirstNameJoinsItsOnlyFullName() {
    let entities = EntityResolver.resolve([mention("LeBron James", 0, .person), mention("LeBron", 40, .person)])
    #expect(entities.count == 1 && entities[0].count == 2)
}

@Test func honorificsAndLeadingTheAreNotPartOfNames() {
    let words = ["Mr.", "Obama", "met", "the", "The", "Times", "of", "Israel"]
    let spans = MentionSpanRules.apply(
        [LabeledSpan(start: 0, end: 2, label: .person), LabeledSpan(start: 5, end: 6, label: .organization),
         LabeledSpan(start: 7, end: 8, label: .location)], words: words)
    #expect(spans == [LabeledSpan(start: 1, end: 2, label: .person), LabeledSpan(start: 4, end: 8, label: .organization)])
}

/// 20,000 distinct people, each with a later surname-only mention: every surname still
/// joins its own full name (the index finds it without scanning every group), and the
/// shared first names stay separate people.
@Test func manyDistinctNamesEachMergeTheirOwnSurname() {
    let count = 20_000
    func letters(_ n: Int) -> String {
        var n = n
        var s = ""
        for _ in 0..<4 { s.append(Character(Unicode.Scalar(UInt8(97 + n % 26)))); n /= 26 }
        return s.prefix(1).uppercased() + s.dropFirst()
    }
    var mentions: [EntityResolver.RawMention] = []
    for i in 0..<count { mentions.append(mention("Anna \(letters(i))ski", i * 30, .person)) }
    for i in 0..<count { mentions.append(mention("\(letters(i))ski", (count + i) * 30, .person)) }
    mentions.append(mention("Anna", count * 90, .person))
    let entities = EntityResolver.resolve(mentions)
    #expect(entities.count == count + 1)
    #expect(entities.prefix(count).allSatisfy { $0.count == 2 && $0.name.hasPrefix("Anna ") })
    #expect(entities.last?.name == "Anna")
}
