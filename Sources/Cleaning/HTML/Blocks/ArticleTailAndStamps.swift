/// Two kinds of furniture that sit inside the article container on sites of every kind
/// and that no class name gives away:
/// - timestamp lines with a byline in them ("Last updated by Jo Smith on March 27, 2017 at
///   8:52AM", "Posted by admin on 3/4/2017"): `DateLineDetector` wants nearly every word to
///   be a date word, and the name breaks that;
/// - an author bio box at the end of the article, introduced by an "About the author"
///   line, or by the author's name alone on a line with the bio opening on that name
///   ("Jo Smith" / "Jo joined the site in 2015…"): the line and everything after it go.
enum ArticleTailAndStamps {
    private static let stampOpeners = ["last updated", "updated", "posted", "published", "first published", "last modified"]

    /// A short line that opens with a publishing verb, holds a digit and is no sentence.
    static func isTimestampLine(_ block: TextBlock) -> Bool {
        guard block.length <= 100, !block.endsLikeSentence, block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        let lowered = block.text.prefix(16).lowercased()
        return stampOpeners.contains { lowered.hasPrefix($0 + " ") || lowered.hasPrefix($0 + ":") }
    }

    private static let bioOpeners: Set<String> = ["about the author", "about the authors", "about the writer", "about the reporter"]

    /// The index of an "About the author" line among the last `window` blocks, if any.
    static func authorBioStart(in blocks: [TextBlock], window: Int = 4) -> Int? {
        let start = max(0, blocks.count - window)
        for index in start..<blocks.count where blocks[index].length <= 24 {
            var text = blocks[index].text.lowercased()
            while let last = text.last, last == ":" || last == " " { text.removeLast() }
            if bioOpeners.contains(text) { return index }
        }
        return namedBioStart(in: blocks)
    }

    private static let bioVerbs: Set<String> = ["is", "joined", "covers", "writes", "has", "holds", "was", "reports", "lives"]

    /// A name line among the last three blocks, followed by the closing block (or the one
    /// before it) opening on that name's first word and a bio verb.
    private static func namedBioStart(in blocks: [TextBlock]) -> Int? {
        guard blocks.count >= 3 else { return nil }
        for index in max(1, blocks.count - 3)..<(blocks.count - 1) {
            guard let first = nameLineFirstWord(blocks[index]) else { continue }
            let words = blocks[index + 1].text.split(separator: " ", maxSplits: 4).map(String.init)
            // "Jo joined…" or "Jo Smith is…"
            for verbPosition in [1, 2] where words.count > verbPosition && words[0] == first {
                if bioVerbs.contains(words[verbPosition]) { return index }
            }
        }
        return nil
    }

    /// The first word of a line that is only a name: two to four capitalised words of
    /// letters (with . ' -), perhaps a trailing comma.
    private static func nameLineFirstWord(_ block: TextBlock) -> String? {
        guard block.length <= 40, !block.isHeading else { return nil }
        var text = Substring(block.text)
        while let last = text.last, last == "," || last == " " { text.removeLast() }
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count),
              words.allSatisfy({ word in
                  word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" }
              })
        else { return nil }
        return String(words[0])
    }
}
