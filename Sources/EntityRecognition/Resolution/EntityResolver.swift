import Articles

/// Merges mentions into document-level entities: known aliases ("U.S." →
/// "United States"), repeated names, and short forms of people's names
/// ("Blinken" → "Antony Blinken", even where a sentence-initial "Blinken" was
/// typed differently). Canonical name = alias target or the longest mention.
enum EntityResolver {
    struct RawMention {
        var mention: Mention
        var type: EntityType
        var words: [String]
    }

    private final class Group {
        var name: String
        var words: [String]
        var type: EntityType?
        var members: [RawMention] = []
        var isPerson: Bool { type == .person }
        init(name: String, words: [String], type: EntityType?) {
            self.name = name
            self.words = words
            self.type = type
        }
    }

    /// Groups by the proper suffixes of their names ("Blinken", "Security Council") and,
    /// for people, by first name: each mention looks up its few candidates instead of
    /// scanning every group, which made a document of 10^5 distinct names quadratic.
    private struct GroupIndex {
        private var bySuffix: [String: [Group]] = [:]
        private var byFirstName: [String: [Group]] = [:]

        mutating func add(_ g: Group) {
            guard g.words.count > 1 else { return }
            for length in 1..<g.words.count {
                bySuffix[g.words.suffix(length).joined(separator: " "), default: []].append(g)
            }
            if g.isPerson, let first = g.words.first { byFirstName[first, default: []].append(g) }
        }

        /// Groups with more words than `words` that end with them, in creation order.
        func endingWith(_ words: [String]) -> [Group] { bySuffix[words.joined(separator: " ")] ?? [] }

        /// Person groups of more than one word that start with `name`, in creation order.
        func people(firstName name: String) -> [Group] { byFirstName[name] ?? [] }
    }

    static func normalised(_ w: String) -> String {
        String(w.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }.map(Character.init))
    }

    static func resolve(_ mentions: [RawMention]) -> [Entity] {
        var groups: [Group] = []
        var byName: [String: Group] = [:]
        var index = GroupIndex()
        let ordered = mentions.enumerated().sorted { a, b in
            a.element.words.count != b.element.words.count
                ? a.element.words.count > b.element.words.count : a.offset < b.offset
        }.map(\.element)
        for m in ordered {
            let words = m.words.map(normalised)
            let joined = words.joined(separator: " ")
            if let alias = EntityAliases.lookup(joined) {
                let g = byName[alias.name] ?? {
                    let g = Group(name: alias.name, words: alias.name.split(separator: " ").map(String.init), type: alias.type)
                    groups.append(g)
                    index.add(g)
                    byName[alias.name] = g
                    return g
                }()
                g.members.append(m)
                continue
            }
            if let g = byName[joined] {
                g.members.append(m)
                continue
            }
            if let g = personWithSurname(words, of: m, in: index) ?? personWithFirstName(words, of: m, in: index)
                ?? sameTypeSuffix(words, of: m, in: index)
            {
                g.members.append(m)
                byName[joined] = g
                continue
            }
            let g = Group(name: m.mention.text, words: words, type: m.type == .person ? .person : nil)
            g.members.append(m)
            groups.append(g)
            index.add(g)
            byName[joined] = g
        }
        var entities: [(first: Int, name: String, type: EntityType, mentions: [Mention])] = []
        for g in groups {
            let sorted = g.members.sorted { $0.mention.start < $1.mention.start }
            guard let first = sorted.first else { continue }
            entities.append((first.mention.start, g.name, g.type ?? majorityType(sorted), sorted.map(\.mention)))
        }
        entities.sort { $0.first < $1.first }
        return entities.enumerated().map { i, e in
            Entity(id: "e\(i + 1)", name: e.name, type: e.type, mentions: e.mentions)
        }
    }

    /// A one- or two-word mention that ends a longer person's name ("Biden" in "the Biden
    /// administration" is Joe Biden, whatever type the tagger gave it); the nearest earlier person wins.
    private static func personWithSurname(_ words: [String], of m: RawMention, in index: GroupIndex) -> Group? {
        guard words.count <= 2 else { return nil }
        let candidates = index.endingWith(words).filter(\.isPerson)
        return nearest(candidates, before: m.mention.start)
    }

    /// A lone first name ("LeBron") of exactly one longer person's name in the document.
    private static func personWithFirstName(_ words: [String], of m: RawMention, in index: GroupIndex) -> Group? {
        guard words.count == 1, m.type == .person else { return nil }
        let candidates = index.people(firstName: words[0])
        return candidates.count == 1 ? candidates.first : nil
    }

    /// "Security Council" inside an earlier "UN Security Council" of the same type.
    private static func sameTypeSuffix(_ words: [String], of m: RawMention, in index: GroupIndex) -> Group? {
        guard words.count >= 2, m.type == .organization || m.type == .location else { return nil }
        let candidates = index.endingWith(words).filter { $0.members.first?.type == m.type }
        return nearest(candidates, before: m.mention.start)
    }

    private static func nearest(_ candidates: [Group], before offset: Int) -> Group? {
        var best: (Group, Int)?
        for g in candidates {
            let earlier = g.members.map(\.mention.start).filter { $0 <= offset }.max() ?? -1
            if let b = best, earlier <= b.1 { continue }
            best = (g, earlier)
        }
        return best?.0
    }

    /// Most frequent type; ties go to the type of the longest mention.
    private static func majorityType(_ members: [RawMention]) -> EntityType {
        var counts: [EntityType: Int] = [:]
        for m in members { counts[m.type, default: 0] += 1 }
        let longest = members.max { $0.words.count < $1.words.count }?.type ?? .misc
        let top = counts.values.max() ?? 0
        if counts[longest] == top { return longest }
        return EntityType.allCases.first { counts[$0] == top } ?? longest
    }
}
