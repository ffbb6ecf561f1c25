import Articles

/// The people an article mentions, with where, so a surname, a pronoun or a job
/// title can be turned into one canonical person. Built from the entities stage's
/// PERSON entities when given, else from capitalised names the text itself shows.
struct PersonDirectory: Sendable {
    enum Gender: Sendable { case male, female, unknown }

    struct Person: Sendable {
        var name: String
        var id: String?
        var nameKeys: Set<String>
        var surname: String
        var wordCount: Int
        var gender: Gender
        var titles: Set<String>
    }

    private(set) var people: [Person] = []
    /// (offset, person index, opens a clause), kept sorted by offset.
    private(set) var mentions: [(offset: Int, person: Int, subject: Bool)] = []

    /// `quotes` hide the mentions inside quotations from "he"/"she": in "“My adviser, John Holdren,
    /// sends charts,” he said" the speaker is not Holdren.
    init(entities: [Entity], chars: [Unicode.Scalar], quotes: [QuoteSpan] = []) {
        for entity in entities where entity.type == .person {
            let words = NameWords.split(entity.name)
            guard let surname = words.last?.lowercased() else { continue }
            var person = Person(
                name: entity.name, id: entity.id, nameKeys: Set(words.map { $0.lowercased() }),
                surname: surname, wordCount: words.count, gender: NameWords.gender(firstName: words.first), titles: [])
            for mention in entity.mentions {
                let before = NameWords.wordsBefore(mention.start, in: chars, count: 6)
                person.titles.formUnion(before.filter { NameLexicon.titles.contains($0) })
                if person.gender == .unknown { person.gender = NameWords.gender(honorifics: before + [mention.text.lowercased()]) }
                for key in NameWords.split(mention.text) { person.nameKeys.insert(key.lowercased()) }
            }
            people.append(person)
            for mention in entity.mentions where !Self.isQuoted(mention.start, quotes) {
                mentions.append((mention.start, people.count - 1, NameWords.opensClause(mention.start, in: chars)))
            }
        }
        mentions.sort { $0.offset < $1.offset }
    }

    /// True when `offset` lies inside a quotation's words (quotes are in text order).
    private static func isQuoted(_ offset: Int, _ quotes: [QuoteSpan]) -> Bool {
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].contentEnd <= offset { low = mid + 1 } else { high = mid }
        }
        return low < quotes.count && quotes[low].contentStart <= offset
    }

    var isEmpty: Bool { people.isEmpty }

    /// The person a name refers to: same surname, or a full name containing it.
    /// A full name must agree on the first name too ("Ivanka Trump" is not "Donald Trump"); a bare
    /// surname means the first person introduced with it, or the one whose gender the honorific gives.
    func person(named words: [String], gender: Gender = .unknown) -> Int? {
        guard let last = words.last?.lowercased() else { return nil }
        if words.count >= 2, let first = words.first?.lowercased() {
            if let match = people.firstIndex(where: { $0.surname == last && ($0.wordCount < 2 || $0.nameKeys.contains(first)) }) {
                return match
            }
            return nil
        }
        let candidates = people.indices.filter { people[$0].surname == last }
        if gender != .unknown, let fitting = candidates.first(where: { people[$0].gender == gender }) { return fitting }
        if let first = candidates.first { return first }
        return people.firstIndex(where: { $0.nameKeys.contains(last) })
    }

    /// The entity inside a longer capitalised run: "Senate Majority Leader Mitch McConnell" (titles
    /// the lexicon lacks), "Carly Fiorina Endorses Ted Cruz" (a headline). Suffixes first: titles
    /// come before names.
    func knownPerson(within words: [String]) -> (person: Int, words: [String])? {
        guard words.count >= 3 else { return nil }
        for length in stride(from: words.count - 1, through: 2, by: -1) {
            for part in [Array(words.suffix(length)), Array(words.prefix(length))] {
                if let index = person(named: part), people[index].id != nil { return (index, part) }
            }
        }
        return nil
    }

    /// Adds a person the text names (self-detected), or returns the one already known.
    @discardableResult
    mutating func note(name words: [String], titles: [String], at offset: Int, subject: Bool) -> Int? {
        guard let surname = words.last?.lowercased() else { return nil }
        let index: Int
        if let known = person(named: words, gender: NameWords.gender(honorifics: titles)) {
            index = known
            if words.count > people[index].wordCount, people[index].id == nil {
                people[index].name = words.joined(separator: " ")
                people[index].wordCount = words.count
                people[index].nameKeys.formUnion(words.map { $0.lowercased() })
            }
        } else {
            people.append(Person(
                name: words.joined(separator: " "), id: nil, nameKeys: Set(words.map { $0.lowercased() }),
                surname: surname, wordCount: words.count,
                gender: NameWords.gender(firstName: words.count > 1 ? words.first : nil), titles: []))
            index = people.count - 1
        }
        people[index].titles.formUnion(titles.filter { NameLexicon.titles.contains($0) })
        if people[index].gender == .unknown { people[index].gender = NameWords.gender(honorifics: titles) }
        addMention(offset, index, subject: subject)
        return index
    }

    mutating func addMention(_ offset: Int, _ person: Int, subject: Bool) {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        mentions.insert((offset, person, subject), at: low)
    }

    /// The person a "he"/"she" at `offset` most likely means: the last speaker when recent and
    /// fitting, else the latest fitting person who opened a clause since `recentFrom`, else the
    /// latest fitting person mentioned at all.
    func antecedent(gender: Gender, before offset: Int, lastSpeaker: Int?, recentFrom: Int) -> Int? {
        func fits(_ person: Int) -> Bool {
            let g = people[person].gender
            return gender == .unknown || g == .unknown || g == gender
        }
        var fallback: Int?
        var i = mentions.count - 1
        while i >= 0 {
            let m = mentions[i]
            if m.offset < offset, fits(m.person) {
                if m.subject, m.offset >= recentFrom { return m.person }
                if fallback == nil { fallback = m.person }
            }
            i -= 1
        }
        if let lastSpeaker, fits(lastSpeaker) { return lastSpeaker }
        return fallback
    }

    /// Records the gender a later "he"/"she" in the person's own sentence shows.
    mutating func learnGender(_ gender: Gender, for person: Int) {
        if people[person].gender == .unknown { people[person].gender = gender }
    }

    /// The latest person mentioned before `offset` who holds the title ("the secretary").
    func holder(of title: String, before offset: Int) -> Int? {
        var i = mentions.count - 1
        while i >= 0 {
            let m = mentions[i]
            if m.offset < offset, people[m.person].titles.contains(title) { return m.person }
            i -= 1
        }
        return nil
    }
}
