import Testing
@testable import Evaluation
import Cleaning

/// The metric must match `shared/tools/eval_extraction.py` exactly.
@Suite struct ExtractionScorerTests {
    @Test func tokensAreRunsOfPythonWordCharacters() {
        #expect(ExtractionScorer.tokens("It’s 19,667 — snake_case, Zürich; 東京! e\u{301}") ==
                ["It", "s", "19", "667", "snake_case", "Zürich", "東京", "e"])
        #expect(ExtractionScorer.tokens("½ ² ٣") == ["½", "²", "٣"])
    }

    @Test func identicalTextScoresOne() {
        let counts = ExtractionScorer.pageCounts(truth: "one two three four five", prediction: "one two, three four five!")
        #expect(counts.precision == 1 && counts.recall == 1)
    }

    @Test func shinglesAreComparedAsMultisets() {
        // truth shingles: (a b c d), (b c d e); prediction: (a b c d), (b c d x)
        let counts = ExtractionScorer.pageCounts(truth: "a b c d e", prediction: "a b c d x")
        #expect(counts.truePositive == 1.0 / 3.0)
        #expect(counts.falsePositive == 1.0 / 3.0)
        #expect(counts.falseNegative == 1.0 / 3.0)
        #expect(counts.precision == 0.5)
    }

    @Test func emptyPredictionsStayOutOfPrecision() {
        let summary = ExtractionScorer.score(
            truth: ["x": "a b c d e", "y": "f g h i j"], predictions: ["x": "a b c d e"], ids: ["x", "y"])
        #expect(summary.precision == 1)
        #expect(summary.recall == 0.5)
        #expect(summary.empty == 1)
        #expect(abs(summary.f1 - 2.0 / 3.0) < 1e-12)
        #expect(summary.accuracy == 0.5)
    }
}
