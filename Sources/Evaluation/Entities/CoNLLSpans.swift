import EntityRecognition
/// Entity spans from a sentence's tags with conlleval semantics, exactly as
/// `shared/tools/eval_ner.py` reads them: IOB1, BIO, IOBES and BILOU are all
/// accepted, and a bare type ("PER") is read as I-PER.
public enum CoNLLSpans {
    public struct Span: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var type: String
    }

    static func split(_ tag: String) -> (prefix: Character, type: String) {
        if tag == "O" { return ("O", "") }
        let chars = Array(tag)
        if chars.count > 2, chars[1] == "-" || chars[1] == "_" {
            switch chars[0] {
            case "B": return ("B", String(chars[2...]))
            case "I": return ("I", String(chars[2...]))
            case "E", "L": return ("E", String(chars[2...]))
            case "S", "U": return ("S", String(chars[2...]))
            default: break
            }
        }
        return ("I", tag)
    }

    public static func spans(_ tags: [String]) -> Set<Span> {
        var found = Set<Span>()
        var start: Int?
        var openType = ""
        var prevPrefix: Character = "O"
        var prevType = ""
        for (index, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            if let s = start, chunkEnds(prevPrefix, prevType, prefix, type) {
                found.insert(Span(start: s, end: index, type: openType))
                start = nil
            }
            if chunkStarts(prevPrefix, prevType, prefix, type) {
                start = index
                openType = type
            }
            prevPrefix = prefix
            prevType = type
        }
        if let s = start { found.insert(Span(start: s, end: tags.count, type: openType)) }
        return found
    }

    static func chunkEnds(_ prevPrefix: Character, _ prevType: String, _ prefix: Character, _ type: String) -> Bool {
        if prevPrefix == "E" || prevPrefix == "S" { return true }
        if prevPrefix == "B" || prevPrefix == "I" {
            if prefix == "B" || prefix == "S" || prefix == "O" { return true }
            if type != prevType { return true }
        }
        return false
    }

    static func chunkStarts(_ prevPrefix: Character, _ prevType: String, _ prefix: Character, _ type: String) -> Bool {
        if prefix == "B" || prefix == "S" { return true }
        if prefix == "I" || prefix == "E" {
            if prevPrefix == "O" || prevPrefix == "E" || prevPrefix == "S" { return true }
            if type != prevType { return true }
        }
        return false
    }

    /// Spans as `LabeledSpan`s (unknown types are dropped).
    static func labeled(_ tags: [String]) -> [LabeledSpan] {
        spans(tags).compactMap { s in
            EntityLabel(conllName: s.type).map { LabeledSpan(start: s.start, end: s.end, label: $0) }
        }.sorted { $0.start < $1.start }
    }
}
