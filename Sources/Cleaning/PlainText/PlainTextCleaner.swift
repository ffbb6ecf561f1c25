/// Cleans scraped plain text: paragraphs are separated by blank lines; repeated title
/// lines, comment-form and login prompts, share/subscribe/cookie/newsletter lines,
/// "Read more" lists and photo credits are removed; bylines move to metadata.
struct PlainTextCleaner {
    struct Output {
        var title: String?
        var paragraphs: [String]
        var removed: [HTMLContentExtractor.RemovedEntry]
        var bylineNames: [String]
        var bylineLine: String?
    }

    func clean(_ body: String, givenTitle: String?) -> Output {
        let paragraphs = Self.splitParagraphs(body)
        let title = givenTitle.map { TextNormalizer.collapseWhitespace($0) } ?? Self.guessTitle(paragraphs)
        let comparableTitle = title.map(HTMLContentExtractor.comparable)
        var kept: [String] = []
        var removed: [HTMLContentExtractor.RemovedEntry] = []
        var names: [String] = []
        var bylineLine: String?
        var inRelatedList = false
        for lines in paragraphs {
            var keptLines: [String] = []
            for line in lines {
                if let comparableTitle, HTMLContentExtractor.comparable(line) == comparableTitle {
                    removed.append(.init(text: line, reason: .duplicateTitle))
                    continue
                }
                if let reason = BoilerplateLines.classify(line) {
                    if reason == .byline {
                        names += BoilerplateLines.bylineNames(line)
                        if bylineLine == nil { bylineLine = line }
                    }
                    // "Read more" / "Related" headers start a list of headlines to drop with them.
                    inRelatedList = reason == .related && line.unicodeScalars.count < 40
                    removed.append(.init(text: line, reason: reason))
                    continue
                }
                if inRelatedList, line.unicodeScalars.count < 140, !Self.endsLikeSentence(line) {
                    removed.append(.init(text: line, reason: .related))
                    continue
                }
                inRelatedList = false
                if kept.isEmpty, keptLines.isEmpty, line.unicodeScalars.count <= 60, DateLineDetector.isDateLine(line) {
                    removed.append(.init(text: line, reason: .byline))
                    continue
                }
                keptLines.append(line)
            }
            kept += Self.joinWrappedLines(keptLines)
        }
        return Output(title: title, paragraphs: kept, removed: removed, bylineNames: names, bylineLine: bylineLine)
    }

    /// Each line is a paragraph, except that a line cut mid-sentence (hard-wrapped text)
    /// continues on the next one.
    static func joinWrappedLines(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            current = current.isEmpty ? line : current + " " + line
            if endsLikeSentence(line) || line.unicodeScalars.count < 40 {
                paragraphs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Paragraphs (blank-line separated) of normalised, non-empty lines.
    static func splitParagraphs(_ body: String) -> [[String]] {
        var paragraphs: [[String]] = []
        var current: [String] = []
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = TextNormalizer.collapseWhitespace(rawLine)
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// The first line is the title when it is short, is not a sentence, and the text goes on.
    static func guessTitle(_ paragraphs: [[String]]) -> String? {
        guard let first = paragraphs.first?.first, paragraphs.count > 1 || (paragraphs.first?.count ?? 0) > 1 else { return nil }
        let length = first.unicodeScalars.count
        guard length >= 5, length <= 200, BoilerplateLines.classify(first) == nil else { return nil }
        let repeated = paragraphs.joined().dropFirst().contains { HTMLContentExtractor.comparable($0) == HTMLContentExtractor.comparable(first) }
        if repeated { return first }
        return endsLikeSentence(first) || first.split(separator: " ").count > 25 ? nil : first
    }

    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return ".!?\"”’…:;)".unicodeScalars.contains(last)
    }
}
