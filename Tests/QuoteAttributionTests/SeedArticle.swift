import Articles
import Foundation

/// The seed article's clean text, derived from `samples/articles/blinken-priorities.txt` as the
/// cleaner would: the three title lines and the two comment prompts dropped, paragraphs joined by
/// a blank line.
enum SeedArticle {
    static let text: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let raw = (try? String(contentsOf: root.appendingPathComponent("samples/articles/blinken-priorities.txt"), encoding: .utf8)) ?? ""
        let prompts: Set<String> = ["Please enter your comment!", "Please enter your name here"]
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst(4)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !prompts.contains($0) }
            .joined(separator: "\n\n")
    }()

    static var paragraphs: [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var offset = 0
        let scalars = Array(text.unicodeScalars)
        while offset <= scalars.count {
            if offset == scalars.count || scalars[offset] == "\n" {
                if offset > start { spans.append(TextSpan(start: start, end: offset)) }
                start = offset + 1
            }
            offset += 1
        }
        return spans
    }

    /// A literal entity list, as the entities stage would give it: every occurrence of each name.
    static var entities: [Entity] {
        [
            entity("e1", "Antony Blinken", .person, ["Antony Blinken", "Blinken"]),
            entity("e2", "Joe Biden", .person, ["Joe Biden", "Biden"]),
            entity("e3", "Benjamin Netanyahu", .person, ["Benjamin Netanyahu"]),
            entity("e4", "John Kirby", .person, ["John Kirby"]),
            entity("e5", "Hamas", .organization, ["Hamas"]),
            entity("e6", "Israel", .location, ["Israel"]),
        ]
    }

    /// Mentions of `forms` in the text (longest form first, no overlaps), in code points.
    static func entity(_ id: String, _ name: String, _ type: EntityType, _ forms: [String]) -> Entity {
        let scalars = Array(text.unicodeScalars)
        var taken: [Range<Int>] = []
        var mentions: [Mention] = []
        for form in forms.sorted(by: { $0.count > $1.count }) {
            let pattern = Array(form.unicodeScalars)
            var i = 0
            while i + pattern.count <= scalars.count {
                let range = i..<(i + pattern.count)
                let after = i + pattern.count < scalars.count ? scalars[i + pattern.count] : " "
                if Array(scalars[range]) == pattern, !after.properties.isAlphabetic,
                   !taken.contains(where: { $0.overlaps(range) }) {
                    taken.append(range)
                    mentions.append(Mention(text: form, start: i, end: i + pattern.count))
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        return Entity(id: id, name: name, type: type, mentions: mentions.sorted { $0.start < $1.start })
    }

    /// The 13 quotes of `samples/expected/blinken-priorities.txt.json`: text, speaker, kind.
    static let expected: [(String, String, QuoteKind)] = [
        ("as quickly as possible", "Antony Blinken", .partial),
        ("It’s clear that this conflict needs to move — will move — to a lower intensity phase,", "Antony Blinken", .full),
        ("We expect to see, and want to see, a shift to more targeted operations, with a smaller number of forces that are really focused on dealing with the leadership of Hamas, the tunnel network and a few other different things.", "Antony Blinken", .full),
        ("As that happens, you’ll see the harm done to civilians decrease significantly,", "Antony Blinken", .full),
        ("ensure that what happened on October 7 can never happen again.", "Antony Blinken", .partial),
        ("durable, lasting peace.", "Antony Blinken", .partial),
        ("the problem is Hamas,", "Antony Blinken", .partial),
        ("there’s no expectation at this point", "Joe Biden", .partial),
        ("we’re pushing it.", "Joe Biden", .partial),
        ("These are very serious discussions and negotiations and we hope that they lead somewhere.", "John Kirby", .full),
        ("What is striking to me is that even as we hear many countries urging an end to this conflict… I hear virtually no one demanding of Hamas that it stop hiding behind civilians, that it lay down its arms, that it surrender. This would be over tomorrow if Hamas does that,", "Antony Blinken", .full),
        ("How can it be that there are no demands made of the aggressor and only demands made of the victim? It would be good if there was a strong international voice pressing Hamas to do what is necessary to end this,", "Antony Blinken", .full),
        ("any other country in the world faced with what Israel suffered on October 7 would do the same thing.", "Antony Blinken", .partial),
    ]
}
