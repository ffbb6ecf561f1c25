import Articles
import Foundation
import QuoteAttribution

/// Reading and writing the quote evaluation files (JSONL in eval_quotes.py's format).
package enum QuoteEvalIO {
    package struct Article: Decodable {
        package var id: String
        package var text: String
    }

    package struct Prediction {
        package var id: String
        package var text: String
        package var quotes: [Quote]

        package init(id: String, text: String, quotes: [Quote]) {
            self.id = id
            self.text = text
            self.quotes = quotes
        }

        /// The quote spans widened to include their marks, as the gold spans do.
        package var scored: ScoredArticle {
            let chars = Array(text.unicodeScalars)
            return ScoredArticle(id: id, quotes: quotes.map { quote in
                let span = QuoteMarkSpan.withMarks(start: quote.start, end: quote.end, in: chars)
                return ScoredQuote(
                    text: String(String.UnicodeScalarView(chars[span.start..<span.end])),
                    start: span.start, end: span.end, speaker: quote.speaker, aliases: [])
            })
        }
    }

    private struct GoldLine: Decodable {
        var id: String
        var quotes: [GoldQuote]?
    }

    private struct GoldQuote: Decodable {
        var text: String?
        var start: Int?
        var end: Int?
        var speaker: String?
        var speaker_aliases: [String]?
    }

    private struct OutputLine: Encodable {
        var id: String
        var quotes: [OutputQuote]
    }

    private struct OutputQuote: Encodable {
        var text: String
        var start: Int
        var end: Int
        var speaker: String?
        var kind: String
        var cue: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(kind, forKey: .kind)
            try container.encode(cue, forKey: .cue)
        }

        enum CodingKeys: String, CodingKey { case text, start, end, speaker, kind, cue }
    }

    package static func readArticles(path: String) throws -> [Article] {
        try lines(path).enumerated().map { number, line in
            do { return try JSONDecoder().decode(Article.self, from: Data(line.utf8)) } catch {
                throw EvaluationDataError("\(path) line \(number + 1): not an {\"id\", \"text\"} article (\(error))")
            }
        }
    }

    package static func readGold(path: String) throws -> [ScoredArticle] {
        try lines(path).enumerated().map { number, line in
            guard let gold = try? JSONDecoder().decode(GoldLine.self, from: Data(line.utf8)) else {
                throw EvaluationDataError("\(path) line \(number + 1): not a gold {\"id\", \"quotes\"} line")
            }
            return ScoredArticle(id: gold.id, quotes: (gold.quotes ?? []).map {
                ScoredQuote(text: $0.text ?? "", start: $0.start, end: $0.end, speaker: $0.speaker,
                            aliases: $0.speaker_aliases ?? [])
            })
        }
    }

    package static func write(_ predictions: [Prediction], to path: String) throws {
        var out = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]  // the same bytes on every run
        for prediction in predictions {
            let scored = prediction.scored
            let line = OutputLine(id: prediction.id, quotes: zip(scored.quotes, prediction.quotes).map { s, q in
                OutputQuote(text: s.text, start: s.start ?? q.start, end: s.end ?? q.end, speaker: q.speaker,
                            kind: q.kind.rawValue, cue: q.cue)
            })
            out += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
        }
        do { try out.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw EvaluationDataError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// One paragraph per non-blank line, as the data sets are laid out.
    package static func lineParagraphs(_ text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if offset > start { spans.append(TextSpan(start: start, end: offset)) }
                start = offset + 1
            }
            offset += 1
        }
        if offset > start { spans.append(TextSpan(start: start, end: offset)) }
        return spans
    }

    private static func lines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationDataError("cannot read \(path): no such file or not readable")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
