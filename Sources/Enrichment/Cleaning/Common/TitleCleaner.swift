import Foundation

/// Removes the site-name part pages append to titles ("Headline | The Times of Israel").
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    private static func lastRange(of separator: String, in title: String) -> Range<String.Index>? {
        guard title.utf8.count > separator.utf8.count else { return nil }
        var index = title.endIndex
        while index > title.startIndex {
            index = title.index(before: index)
            if title[index...].hasPrefix(separator) {
                return index..<title.index(index, offsetBy: separator.count)
            }
        }
        return nil
    }

    static func removeSiteName(from title: String, siteName: String?) -> String {
        let title = TextNormalizer.collapseWhitespace(title)
        let site = siteName.map { HTMLContentExtractor.comparable($0) }
        for separator in separators {
            guard let range = Self.lastRange(of: separator, in: title) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if let site, !site.isEmpty {
                if HTMLContentExtractor.comparable(tail) == site { return head }
                if HTMLContentExtractor.comparable(head) == site { return tail }
            }
            // Without a known site name, a short trailing part after a pipe is the site.
            if separator == " | ", tail.split(separator: " ").count <= 4, head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }
}
