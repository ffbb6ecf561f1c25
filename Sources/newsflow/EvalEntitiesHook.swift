import Evaluation
import Articles
import EntityRecognition

/// The entities `newsflow eval quotes` gives the quote extractor: the shipped entity
/// recognizer, exactly as the quotes stage receives them in production.
func entitiesForEvaluation(text: String, paragraphs: [TextSpan]) -> [Entity] {
    EvaluationEntities.recognizer?.entities(in: text, paragraphs: paragraphs) ?? []
}

private enum EvaluationEntities {
    static let recognizer: EntityRecognizer? = try? EntityRecognizer.shipped()
}
