/// Whether a subtree holds most of the page's unlinked text. The segmenter's test for
/// "this wrapper is the article, whatever its class says" counted only text inside `<p>`;
/// pages whose body is a run of `div`s, `span`s and `<br>`s (CNN-style, many CMS
/// templates from before 2010) have little of it, so a wrapper named like a rail or a
/// sidebar took the whole article away. Unlinked text is what navigation and link lists
/// lack, so a subtree with most of it is content, however it is marked up.
struct PlainTextShare {
    let text: [Int32]
    let linkText: [Int32]
    let pagePlain: Int32

    /// At least this many unlinked bytes before a subtree can claim the article.
    static let minimumBytes: Int32 = 1500

    init(counts: SubtreeTextCounts) {
        text = counts.text
        linkText = counts.linkText
        pagePlain = (counts.text.first ?? 0) - (counts.linkText.first ?? 0)
    }

    func plain(_ node: Int) -> Int32 { text[node] - linkText[node] }

    /// More than half of the page's unlinked text, and enough of it to be an article.
    func holdsMost(_ node: Int) -> Bool {
        let plain = plain(node)
        return plain >= Self.minimumBytes && plain * 2 > pagePlain
    }

    /// Long prose with almost no links, holding a good share of the page's paragraphs:
    /// a story's body, even under a class that names a popup or "read more". Related-story
    /// lists fail it on their links, newsletter and cookie popups on their length.
    func isProse(_ node: Int, paragraphText: Int32, pageParagraphText: Int32) -> Bool {
        plain(node) >= 1000 && linkText[node] * 10 < text[node] && paragraphText * 4 > pageParagraphText
    }

    /// Elements that contain an `<article>` of long unlinked prose. Single-page apps open a
    /// story in a modal or overlay over the section page: the wrapper's class then names a
    /// popup, and its link-heavy chrome (comments count, next stories) fails `isProse`, yet
    /// the `<article>` inside is the story. Teaser cards marked `<article>` are too short.
    func storyArticleAncestors(of document: HTMLDocument, stories: [Int]) -> [Bool] {
        var marked = [Bool](repeating: false, count: document.count)
        for node in stories {
            var ancestor = Int(document.parents[node])
            while ancestor >= 0, !marked[ancestor] {
                marked[ancestor] = true
                ancestor = Int(document.parents[ancestor])
            }
        }
        return marked
    }

    /// The `<article>` elements of long prose: stories, not teaser cards. Under a third of
    /// their text is link text (beside a sidebar, a story's breadcrumbs, tags and share
    /// links may be a fifth of it).
    func storyArticles(of document: HTMLDocument) -> [Int] {
        (0..<document.count).filter { node in
            document.tags[node] == .article && plain(node) >= 1000 && linksUnder(oneIn: 3, of: node)
        }
    }

    /// Whether less than one `share`-th of `node`'s text is link text.
    func linksUnder(oneIn share: Int32, of node: Int) -> Bool {
        linkText[node] * share < text[node]
    }
}
