/// A slide's position in a gallery: "12/50", "12 / 50", "12 of 50". Read both where a
/// counter stands alone on a line (`LeakedFurniture`) and where it opens a slide's
/// headline (`EmbeddedGallery`).
enum SlideCounter {
    /// The position and count `text` opens with, and how many space-separated words they
    /// take (1 for "12/50", 3 for "12 of 50"). Numbers have at most three digits, and the
    /// position lies within the count ("2016/17 season" is no slide).
    static func opening(_ text: String) -> (position: Int, count: Int, words: Int)? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        func number(_ word: Substring) -> Int? {
            word.count <= 3 && word.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(word) : nil
        }
        func slide(_ position: Int, _ count: Int, words: Int) -> (position: Int, count: Int, words: Int)? {
            position >= 1 && position <= count ? (position, count, words) : nil
        }
        if let first = words.first, let slash = first.firstIndex(of: "/"),
           let position = number(first[..<slash]), let count = number(first[first.index(after: slash)...]) {
            return slide(position, count, words: 1)
        }
        if words.count >= 3, words[1] == "/" || words[1] == "of", let position = number(words[0]), let count = number(words[2]) {
            return slide(position, count, words: 3)
        }
        return nil
    }

    /// Whether `text` is a counter and nothing else.
    static func isWholeText(_ text: String) -> Bool {
        guard let counter = opening(text) else { return false }
        return text.split(separator: " ", omittingEmptySubsequences: true).count == counter.words
    }
}
