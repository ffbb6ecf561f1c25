import Articles
import EntityRecognition
import TextProcessing

/// The shipped model, loaded once per process (loading it per input would dominate).
private let recognizer: EntityRecognizer = {
    do { return try EntityRecognizer.shipped() } catch { fatalError("the shipped NER model did not load: \(error)") }
}()

/// Fuzzes the NER tagger and entity resolution (`EntityRecognizer` with the shipped
/// model) on arbitrary text, with paragraphs found in the text and without. Every mention
/// must carry exactly the text at its offsets; each entity's mentions must be ordered and
/// disjoint, its count and first offset must match them, ids must be "e1", "e2", ... in
/// order of first mention, and the answer must be the same twice.
public func fuzzEntityRecognizer(_ data: UnsafeRawBufferPointer) {
    let text = FuzzInput.text(data)
    let scalars = Array(text.unicodeScalars)
    for paragraphs in [[], ParagraphSplitter.paragraphs(in: scalars)] {
        let entities = recognizer.entities(in: text, paragraphs: paragraphs)
        invariant(entities == recognizer.entities(in: text, paragraphs: paragraphs), "recognising the same text twice gave different entities")
        checkEntities(entities, scalars: scalars)
    }
}

/// The promises of `Entity` checked against the text the entities were found in.
func checkEntities(_ entities: [Entity], scalars: [Unicode.Scalar]) {
    var previousFirstOffset = -1
    for (index, entity) in entities.enumerated() {
        invariant(entity.id == "e\(index + 1)", "entity \(index) has id \(entity.id)")
        invariant(!entity.mentions.isEmpty, "entity \(entity.id) has no mentions")
        invariant(entity.count == entity.mentions.count, "entity \(entity.id) counts \(entity.count) of \(entity.mentions.count) mentions")
        let spans = entity.mentions.map { ($0.start, $0.end) }
        for mention in entity.mentions { checkSurface(mention.text, mention.start, mention.end, in: scalars, "mention of \(entity.id)") }
        checkOrderedSpans(spans.sorted { $0 < $1 }, within: scalars.count, "mentions of \(entity.id)")
        invariant(entity.firstOffset == spans.map(\.0).min(), "entity \(entity.id) first offset \(entity.firstOffset) is not its first mention")
        invariant(entity.firstOffset > previousFirstOffset, "entity \(entity.id) is not in order of first mention")
        previousFirstOffset = entity.firstOffset
    }
}
