import EntityRecognition
/// A CoNLL-format corpus (`token ... TAG` per line, blank line between
/// sentences, `-DOCSTART-` between documents), as the eval and train commands
/// read it. The tag is the last column; any tag scheme `CoNLLSpans` reads works.
public struct CoNLLCorpus: Sendable {
    public struct Sentence: Sendable {
        public var tokens: [String]
        public var tags: [String]
    }

    public struct Document: Sendable {
        public var sentences: [Sentence]
    }

    public var documents: [Document]

    public var tokenCount: Int { documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.tokens.count } } }

    public init(documents: [Document]) { self.documents = documents }

    /// Parses CoNLL text. A line with a single column has no tag and is read as "O".
    public init(parsing text: String) {
        var documents: [Document] = []
        var sentences: [Sentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        func endSentence() {
            if !tokens.isEmpty { sentences.append(Sentence(tokens: tokens, tags: tags)) }
            tokens = []
            tags = []
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(Document(sentences: sentences)) }
            sentences = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = fields.first else {
                endSentence()
                continue
            }
            if first == "-DOCSTART-" {
                endDocument()
                continue
            }
            tokens.append(String(first))
            tags.append(fields.count >= 2 ? String(fields[fields.count - 1]) : "O")
        }
        endDocument()
        self.documents = documents
    }
}
