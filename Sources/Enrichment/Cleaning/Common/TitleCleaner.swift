import Foundation

/// Removes the site-name part pages append to titles ("Headline | The Times of Israel").
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    static func removeSiteName(from title: String, siteName: String?) -> String {
        let title = TextNormalizer.collapseWhitespace(title)
        let site = siteName.map { HTMLContentExtractor.comparable($0) }
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
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
