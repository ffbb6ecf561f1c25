import Cleaning
import Articles

/// Where the HTML cleaner's time goes, stage by stage, for `newsflow bench extraction --stages`.
///
/// Each stage is timed as a prefix of the pipeline (pre-filter; + libxml2 and tree
/// building; + metadata; ...) and reported as the difference between consecutive
/// prefixes, best round of each. Timing prefixes rather than instrumenting the real
/// path keeps clocks out of `ArticleCleaner.clean`.
public enum StageProfiler {
    public struct StageCost: Sendable {
        public var stage: String
        /// Best-round time of this stage alone, in microseconds a page.
        public var microsecondsPerPage: Double
    }

    /// The stages in pipeline order; each runs everything before it too.
    private static let prefixes: [(name: String, run: @Sendable (String) -> Int)] = [
        ("pre-filter (bytes dropped or set aside before libxml2)", { HTMLPrefilter.strip($0, settingTextAside: true).markup.count }),
        ("libxml2 parse + tree building", { (try? HTMLParser.parse($0))?.count ?? 0 }),
        ("metadata (meta, OpenGraph, JSON-LD)", { html in
            guard let document = try? HTMLParser.parse(html) else { return 0 }
            return PageMetadata(document: document).title?.utf8.count ?? 0
        }),
        ("block segmentation", { html in
            guard let document = try? HTMLParser.parse(html) else { return 0 }
            _ = PageMetadata(document: document)
            return BlockSegmenter(document: document).segment().blocks.count
        }),
        ("main-content extraction (selection, furniture, audit)", { html in
            guard let document = try? HTMLParser.parse(html) else { return 0 }
            let metadata = PageMetadata(document: document)
            return HTMLContentExtractor(document: document).extract(title: metadata.title).paragraphs.count
        }),
        ("assembly (whole clean)", { html in
            ((try? ArticleCleaner().clean(RawArticle(id: "", contentType: .html, body: html)))?.text.utf8.count) ?? 0
        }),
    ]

    /// Times every stage over `pages` (HTML bodies), `rounds` times each.
    /// `now` returns seconds from any fixed origin (the caller owns the clock).
    public static func measure(pages: [String], rounds: Int, now: () -> Double) -> [StageCost] {
        var costs: [StageCost] = []
        var previous = 0.0
        var sink = 0
        for prefix in prefixes {
            var best = Double.infinity
            for _ in 0..<max(rounds, 1) {
                let start = now()
                for page in pages { sink &+= prefix.run(page) }
                best = min(best, now() - start)
            }
            let perPage = best / Double(max(pages.count, 1)) * 1e6
            costs.append(StageCost(stage: prefix.name, microsecondsPerPage: max(perPage - previous, 0)))
            previous = perPage
        }
        if sink == Int.min { costs.removeAll() }  // keeps the work observable to the optimiser
        return costs
    }
}
