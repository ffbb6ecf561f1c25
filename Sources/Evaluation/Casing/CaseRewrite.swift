import EntityRecognition
/// Rewrites the casing of a sentence's tokens the way headlines are written, to
/// measure (`newsflow eval ner --case`) and train (`TrainingCorpus.caseCopies`)
/// robustness to ALL-CAPS and Title Case text. Tokens keep their count, so gold
/// tags still line up.
public enum CaseRewrite: String, Sendable, CaseIterable {
    /// Every letter upper case: "U.S. STOCKS FALL AS FED RAISES RATES".
    case upper
    /// Headline style: each word's first letter upper case, the rest unchanged, and
    /// short function words left in lower case unless they start the sentence
    /// ("Stocks Fall as Fed Raises Rates in the U.S.").
    case title

    static let smallWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "nor",
    ]

    public func apply(_ tokens: [String]) -> [String] {
        switch self {
        case .upper:
            return tokens.map { $0.uppercased() }
        case .title:
            return tokens.enumerated().map { i, token in
                if i > 0, Self.smallWords.contains(token.lowercased()) { return token.lowercased() }
                guard let first = token.first, first.isLetter else { return token }
                return first.uppercased() + token.dropFirst()
            }
        }
    }
}
