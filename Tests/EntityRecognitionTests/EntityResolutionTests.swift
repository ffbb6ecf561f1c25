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

@Test func leadingTheIsNotPartOfNames() {
    let words = ["Obama", "met", "the", "The", "Times", "of", "Israel"]
    let spans = MentionSpanRules.apply(
        [LabeledSpan(start: 0, end: 1, label: .person), LabeledSpan(start: 4, end: 5, label: .organization),
         LabeledSpan(start: 6, end: 7, label: .location)], words: words)
    #expect(spans == [LabeledSpan(start: 0, end: 1, label: .person), LabeledSpan(start: 3, end: 7, label: .organization)])
}

/// CoNLL-2003 and GUM leave titles out of a person's name; BTC and re3d put them in, and the
/// tagger learns from all four.
@Test func titlesBeforeAPersonAreNotPartOfTheName() {
    let words = ["Prime", "Minister", "Tony", "Blair", "met", "Mr.", "Smith", ",", "PRESIDENT", "OBAMA", "and",
                 "President", "of", "General", "Motors"]
    func t(_ p: BILOU.Position, _ l: EntityLabel) -> Int { BILOU.tag(p, l) }
    var tags = [t(.begin, .person), t(.inside, .person), t(.inside, .person), t(.last, .person), 0,
                t(.begin, .person), t(.last, .person), 0, t(.begin, .person), t(.last, .person), 0,
                t(.unit, .person), 0, t(.begin, .organization), t(.last, .organization)]
    PersonTitles.trim(&tags, words: words)
    #expect(BILOU.decode(tags) == [
        LabeledSpan(start: 2, end: 4, label: .person), LabeledSpan(start: 6, end: 7, label: .person),
        LabeledSpan(start: 9, end: 10, label: .person),
        LabeledSpan(start: 11, end: 12, label: .person),  // a title alone is left as tagged
        LabeledSpan(start: 13, end: 15, label: .organization),
    ])

    // Royal titles go as CoNLL and GUM annotate; "Prince" and "Pope" are split both ways there.
    let royals = ["King", "Norodom", "Sihanouk", "and", "Prince", "Harry", "met", "Pope", "Francis"]
    var royalTags = [t(.begin, .person), t(.inside, .person), t(.last, .person), 0, t(.begin, .person), t(.last, .person), 0,
                     t(.begin, .person), t(.last, .person)]
    PersonTitles.trim(&royalTags, words: royals)
    #expect(BILOU.decode(royalTags) == [
        LabeledSpan(start: 1, end: 3, label: .person), LabeledSpan(start: 4, end: 6, label: .person),
        LabeledSpan(start: 7, end: 9, label: .person),
    ])
}

/// An office tells two people of one surname apart without being part of the name;
/// an honorific does not, and no office is taken from another entity's span.
@Test func anOfficeBeforeANameCountsForResolutionOnly() {
    let words = ["Justice", "Ministry", "spokesman", "Gov.", "Ed", "Rendell", "and", "Mrs.", "Clinton"]
    let person = { (s: Int, e: Int) in LabeledSpan(start: s, end: e, label: .person) }
    let covered = [true, true] + [Bool](repeating: false, count: 7)
    #expect(PersonTitles.officeStart(of: person(4, 6), words: words, covered: covered) == 3)
    #expect(PersonTitles.officeStart(of: person(8, 9), words: words, covered: covered) == 8)
    #expect(PersonTitles.officeStart(of: LabeledSpan(start: 1, end: 2, label: .organization), words: words, covered: covered) == 1)

    let president = EntityResolver.RawMention(
        mention: Mention(text: "Obama", start: 10, end: 15), type: .person, words: ["President", "Obama"])
    let entities = EntityResolver.resolve([president, mention("Michelle Obama", 40, .person)])
    #expect(entities.map(\.name) == ["Obama", "Michelle Obama"])
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
