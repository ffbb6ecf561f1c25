import EntityRecognition
import Foundation

/// Entity-level precision, recall and F1 per type and overall (exact span and
/// type match), printed in the same layout as `shared/tools/eval_ner.py`.
public struct NERScore: Sendable {
    public struct Counts: Sendable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public var perType: [String: Counts] = [:]
    public var tokens = 0
    public var tokensRight = 0

    public init() {}

    public var overall: Counts {
        perType.values.reduce(into: Counts()) {
            $0.gold += $1.gold
            $0.predicted += $1.predicted
            $0.correct += $1.correct
        }
    }

    public var macroF1: Double {
        perType.isEmpty ? 0 : perType.values.map(\.f1).reduce(0, +) / Double(perType.count)
    }

    /// Adds one sentence's gold and predicted tags (same length). With `types`, only spans of
    /// those types count, gold and predicted (as `eval_ner.py --types`).
    public mutating func add(gold: [String], predicted: [String], types: Set<String>? = nil) {
        tokens += gold.count
        for (g, p) in zip(gold, predicted) where g == p { tokensRight += 1 }
        var goldSpans = CoNLLSpans.spans(gold)
        var predSpans = CoNLLSpans.spans(predicted)
        if let types {
            goldSpans = goldSpans.filter { types.contains($0.type) }
            predSpans = predSpans.filter { types.contains($0.type) }
        }
        for s in goldSpans { perType[s.type, default: Counts()].gold += 1 }
        for s in predSpans { perType[s.type, default: Counts()].predicted += 1 }
        for s in goldSpans.intersection(predSpans) { perType[s.type, default: Counts()].correct += 1 }
    }

    /// The table and final "F1 0.xxxx" line, formatted like the reference scorer.
    public func render() -> String {
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
            s.count >= w ? s : (left ? s + String(repeating: " ", count: w - s.count)
                : String(repeating: " ", count: w - s.count) + s)
        }
        func fmt(_ x: Double) -> String { pad(Self.fixed4(x), 7) }
        var lines = [
            pad("type", 10, left: true) + " " + pad("gold", 6) + " " + pad("pred", 6) + " "
                + pad("correct", 7) + " " + pad("P", 7) + " " + pad("R", 7) + " " + pad("F1", 7)
        ]
        let rows = perType.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + [("overall", overall)]
        for (name, c) in rows {
            lines.append(
                pad(name, 10, left: true) + " " + pad(String(c.gold), 6) + " " + pad(String(c.predicted), 6) + " "
                    + pad(String(c.correct), 7) + " " + fmt(c.precision) + " " + fmt(c.recall) + " " + fmt(c.f1))
        }
        let accuracy = tokens == 0 ? 0 : Double(tokensRight) / Double(tokens)
        lines.append("tokens \(tokens)  token-accuracy \(Self.fixed4(accuracy))  macro-F1 \(Self.fixed4(macroF1))")
        lines.append("F1 \(Self.fixed4(overall.f1))")
        return lines.joined(separator: "\n")
    }

    /// Four decimals with correct rounding of the binary value, as Python's format does.
    static func fixed4(_ x: Double) -> String { String(format: "%.4f", x) }
}
