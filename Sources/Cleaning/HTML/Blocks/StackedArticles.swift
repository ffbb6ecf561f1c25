/// Infinite-scroll and "next story" pages carry several stories, each an `<article>` with
/// its own `<h1>`, inside one container. The selector's best root then spans them all;
/// the page's story is the one whose headline is the page title, else the first.
/// Comment lists and live-blog entries (also `<article>`s) have no `<h1>` and are left alone.
struct StackedArticles {
    let document: HTMLDocument

    /// The one story to keep inside `root`, or nil when `root` holds fewer than two stories.
    func story(in root: Int, title: String?, scores: [Double]) -> Int? {
        let stories = headlinedArticles(in: root)
        guard stories.count >= 2 else { return nil }
        if let title {
            let wanted = HTMLContentExtractor.comparable(title)
            if !wanted.isEmpty,
               let match = stories.first(where: { headlineMatches($0.headline, wanted) }) {
                return match.article
            }
        }
        return stories.first { scores[$0.article] > 0 }?.article
    }

    /// `<article>` elements under `root`, not nested in one another, each with its `<h1>`.
    private func headlinedArticles(in root: Int) -> [(article: Int, headline: Int)] {
        var found: [(article: Int, headline: Int)] = []
        var node = root + 1
        let end = Int(document.ends[root])
        while node < end {
            if document.tags[node] == .article {
                if let h1 = headline(in: node) { found.append((node, h1)) }
                node = Int(document.ends[node])
            } else {
                node += 1
            }
        }
        return found
    }

    private func headline(in article: Int) -> Int? {
        (article + 1..<Int(document.ends[article])).first { document.tags[$0] == .h1 }
    }

    /// The title and the headline name the same story when one holds the other
    /// ("Headline | Site" titles hold the headline).
    private func headlineMatches(_ h1: Int, _ title: String) -> Bool {
        let text = HTMLContentExtractor.comparable(document.textContent(of: h1, limit: 600))
        guard text.count >= 8 else { return false }
        return title.contains(text) || text.contains(title)
    }
}
