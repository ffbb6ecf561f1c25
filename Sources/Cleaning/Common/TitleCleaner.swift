import Foundation

/// Removes the site-name part pages append to titles ("Headline | The Times of Israel").
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    /// The last occurrence of `separator`, searched on UTF-8 bytes.
    private static func lastRange(of separator: String, in title: String) -> Range<String.Index>? {
        let haystack = Array(title.utf8)
        let needle = Array(separator.utf8)
        guard haystack.count > needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == needle[0], haystack[start..<start + needle.count].elementsEqual(needle) {
                let lower = title.utf8.index(title.startIndex, offsetBy: start)
                let upper = title.utf8.index(lower, offsetBy: needle.count)
                return lower..<upper
            }
            start -= 1
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
