import Cleaning
/// The article-extraction benchmark metric, ported from `shared/tools/eval_extraction.py`
/// so `newsflow eval extraction` prints the same figures as the reference scorer:
/// tokens are runs of word characters (Python's `\w`), compared as multisets of
/// 4-token shingles; per-page counts are normalised, then precision and recall are
/// macro-averaged and F1 is their harmonic mean.
public enum ExtractionScorer {
    public static let shingleLength = 4

    /// Normalised true-positive, false-positive and false-negative shares of one page.
    public struct PageCounts: Sendable, Equatable {
        public var truePositive: Double
        public var falsePositive: Double
        public var falseNegative: Double

        public var precision: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            return truePositive + falsePositive > 0 ? truePositive / (truePositive + falsePositive) : 0
        }

        public var recall: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            return truePositive + falseNegative > 0 ? truePositive / (truePositive + falseNegative) : 0
        }
    }

    public struct Summary: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Share of pages whose token list equals the truth's.
        public var accuracy: Double
        /// Pages whose prediction has no word token (left out of the precision mean).
        public var empty: Int
        public var pages: Int
    }

    /// Python's `\w` on str patterns: letters (L*), numeric characters and the underscore.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let tokenStart = start {
                result.append(Substring(scalars[tokenStart..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let tokenStart = start { result.append(Substring(scalars[tokenStart..<scalars.endIndex])) }
        return result
    }

    /// Shingles keyed by their UTF-8 bytes: Python compares strings by code points,
    /// while Swift's `String ==` would also equate canonically equivalent spellings.
    static func shingles(_ tokens: [Substring]) -> [[UInt8]: Int] {
        guard !tokens.isEmpty else { return [:] }
        var counts: [[UInt8]: Int] = [:]
        func key(_ slice: ArraySlice<Substring>) -> [UInt8] {
            var bytes: [UInt8] = []
            for token in slice {
                if !bytes.isEmpty { bytes.append(0) }
                bytes.append(contentsOf: token.utf8)
            }
            return bytes
        }
        if tokens.count <= shingleLength {
            counts[key(tokens[...]), default: 0] += 1
            return counts
        }
        for start in 0...(tokens.count - shingleLength) {
            counts[key(tokens[start..<start + shingleLength]), default: 0] += 1
        }
        return counts
    }

    public static func pageCounts(truth: String, prediction: String) -> PageCounts {
        let truthShingles = shingles(tokens(truth))
        let predictedShingles = shingles(tokens(prediction))
        var tp = 0, fp = 0, fn = 0
        for (shingle, predicted) in predictedShingles {
            let expected = truthShingles[shingle] ?? 0
            tp += min(predicted, expected)
            fp += max(0, predicted - expected)
        }
        for (shingle, expected) in truthShingles {
            fn += max(0, expected - (predictedShingles[shingle] ?? 0))
        }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return PageCounts(truePositive: 0, falsePositive: 0, falseNegative: 0) }
        return PageCounts(truePositive: Double(tp) / total, falsePositive: Double(fp) / total, falseNegative: Double(fn) / total)
    }

    /// Scores predictions against the truth for `ids` (a missing prediction counts as empty output).
    public static func score(truth: [String: String], predictions: [String: String], ids: [String]) -> Summary {
        var precisions: [Double] = []
        var recalls: [Double] = []
        var exact = 0
        var empty = 0
        for id in ids {
            let expected = truth[id] ?? ""
            let predicted = predictions[id] ?? ""
            let counts = pageCounts(truth: expected, prediction: predicted)
            if counts.truePositive + counts.falsePositive > 0 { precisions.append(counts.precision) }
            if counts.truePositive + counts.falseNegative > 0 { recalls.append(counts.recall) }
            let predictedTokens = tokens(predicted)
            if tokens(expected).map({ Array($0.utf8) }) == predictedTokens.map({ Array($0.utf8) }) { exact += 1 }
            if predictedTokens.isEmpty { empty += 1 }
        }
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return Summary(
            precision: precision, recall: recall, f1: f1,
            accuracy: ids.isEmpty ? 0 : Double(exact) / Double(ids.count), empty: empty, pages: ids.count)
    }
}
