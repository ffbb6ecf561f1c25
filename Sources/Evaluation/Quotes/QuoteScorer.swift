import QuoteAttribution
/// The quote metric of `shared/tools/eval_quotes.py`, so `newsflow eval quotes` prints the
/// same figures: one-to-one matching of spans overlapping by at least half the shorter,
/// speaker judged by head words, end-to-end = matched with the right speaker.
public enum QuoteScorer {
    public struct Figures: Sendable {
        public var articles = 0
        public var gold = 0
        public var predicted = 0
        public var matched = 0
        public var speakerJudged = 0
        public var speakerCorrect = 0
        public var matchedToNullGold = 0
        public var endToEndHits = 0
        public var goldWithSpeaker = 0

        public var quotePrecision: Double { ratio(matched, predicted) }
        public var quoteRecall: Double { ratio(matched, gold) }
        public var quoteF1: Double { f1(quotePrecision, quoteRecall) }
        public var speakerAccuracy: Double { ratio(speakerCorrect, speakerJudged) }
        public var endToEndPrecision: Double { ratio(endToEndHits, predicted - matchedToNullGold) }
        public var endToEndRecall: Double { ratio(endToEndHits, goldWithSpeaker) }
        public var endToEndF1: Double { f1(endToEndPrecision, endToEndRecall) }

        /// The scorer's printout, line for line.
        public var report: String {
            func f(_ x: Double) -> String {
                let scaled = Int((x * 1000).rounded())
                let digits = String(scaled % 1000)
                return "\(scaled / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
            }
            return """
            articles \(articles)  overlap threshold 0.5  aliases on
            quotes      gold \(gold)  pred \(predicted)  matched \(matched)
            quote       P \(f(quotePrecision))  R \(f(quoteRecall))  F1 \(f(quoteF1))
            speaker     accuracy \(f(speakerAccuracy))  (\(speakerCorrect)/\(speakerJudged) matched quotes with a gold speaker; \(matchedToNullGold) matched to null-speaker gold)
            end-to-end  P \(f(endToEndPrecision))  R \(f(endToEndRecall))  F1 \(f(endToEndF1))  (tp \(endToEndHits), pred \(predicted - matchedToNullGold), gold \(goldWithSpeaker))
            F1 \(f(endToEndF1))
            """
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
        private func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    }

    public static let threshold = 0.5

    /// Scores predictions against gold; articles missing from `predicted` count as no quotes.
    public static func score(gold: [ScoredArticle], predicted: [ScoredArticle]) -> Figures {
        let byID = Dictionary(predicted.map { ($0.id, $0.quotes) }, uniquingKeysWith: { first, _ in first })
        var figures = Figures()
        figures.articles = gold.count
        for article in gold {
            let guesses = byID[article.id] ?? []
            figures.gold += article.quotes.count
            figures.predicted += guesses.count
            figures.goldWithSpeaker += article.quotes.filter { !($0.speaker ?? "").isEmpty }.count
            for (g, p) in match(article.quotes, guesses) {
                figures.matched += 1
                let goldQuote = article.quotes[g]
                guard let speaker = goldQuote.speaker, !speaker.isEmpty else {
                    figures.matchedToNullGold += 1
                    continue
                }
                let ok = SpeakerHeads.correct(predicted: guesses[p].speaker, gold: [speaker] + goldQuote.aliases)
                figures.speakerJudged += 1
                if ok { figures.speakerCorrect += 1; figures.endToEndHits += 1 }
            }
        }
        return figures
    }

    /// Greedy one-to-one matching, highest overlap first, then nearest start, then text order.
    public static func match(_ gold: [ScoredQuote], _ predicted: [ScoredQuote]) -> [(Int, Int)] {
        var candidates: [(ratio: Double, distance: Int, g: Int, p: Int)] = []
        for (g, a) in gold.enumerated() {
            for (p, b) in predicted.enumerated() {
                guard let r = overlap(a, b), r >= threshold else { continue }
                candidates.append((r, abs((a.start ?? 0) - (b.start ?? 0)), g, p))
            }
        }
        candidates.sort { ($0.ratio, -$0.distance, -$0.g, -$0.p) > ($1.ratio, -$1.distance, -$1.g, -$1.p) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedGold.contains(c.g) && !usedPredicted.contains(c.p) {
            usedGold.insert(c.g)
            usedPredicted.insert(c.p)
            pairs.append((c.g, c.p))
        }
        return pairs
    }

    /// Overlapping code points over the shorter span; nil when either span is missing.
    static func overlap(_ a: ScoredQuote, _ b: ScoredQuote) -> Double? {
        guard let s1 = a.start, let e1 = a.end, let s2 = b.start, let e2 = b.end, e1 > s1, e2 > s2 else { return nil }
        let intersection = min(e1, e2) - max(s1, s2)
        guard intersection > 0 else { return 0 }
        return Double(intersection) / Double(min(e1 - s1, e2 - s2))
    }
}
