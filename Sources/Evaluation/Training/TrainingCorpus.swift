import EntityRecognition
/// One corpus given to `NERTrainer`, with how much its examples count and which
/// of its labels to trust.
///
/// Corpora disagree on what an entity is: GUM does not mark demonyms and its MISC
/// is a different class from CoNLL's; BTC marks no MISC at all. A corpus whose
/// MISC is not CoNLL's lists `.misc` in `untrustedLabels`: its tokens tagged O or
/// MISC may then be O or MISC (partial labels, see `TrainingDocument.allowed`),
/// while its PER/ORG/LOC spans stay exact. The model thus never learns "American
/// is O" or "Olympics is MISC" from a corpus that means something else by it.
public struct TrainingCorpus: Sendable {
    public var name: String
    public var corpus: CoNLLCorpus
    /// Multiplies every perceptron update from this corpus's sentences.
    public var weight: Float
    /// Labels this corpus does not mark the CoNLL way (learnt as "O or this label").
    public var untrustedLabels: Set<EntityLabel>
    /// Extra copies of this share of documents in ALL CAPS and in Title Case, so headline
    /// casing is seen in training (0 = none; 0.2 = a fifth of the documents, in each casing).
    public var caseCopies: Double
    /// Whether this corpus's features also get copies of its own (`DomainFeatures`), which soak up
    /// its annotation conventions so the shared weights, the only ones used when tagging, need not.
    public var adapt: Bool

    public init(name: String, corpus: CoNLLCorpus, weight: Float = 1, untrustedLabels: Set<EntityLabel> = [],
                caseCopies: Double = 0, adapt: Bool = false) {
        self.adapt = adapt
        self.name = name
        self.corpus = corpus
        self.weight = weight
        self.untrustedLabels = untrustedLabels
        self.caseCopies = caseCopies
    }

    /// Options of a `--train` argument: `PATH[:weight=W][:untrusted=MISC][:case=F][:name=N][:adapt]`.
    public struct Spec: Sendable, Equatable {
        public var path: String
        public var name: String
        public var weight: Float = 1
        public var untrustedLabels: Set<EntityLabel> = []
        public var caseCopies: Double = 0
        public var adapt = false

        public init(parsing text: String) throws(SpecError) {
            var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            path = parts.removeFirst()
            guard !path.isEmpty else { throw .missingPath(text) }
            name = Self.defaultName(path)
            for part in parts {
                if part == "adapt" {
                    adapt = true
                    continue
                }
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { throw .badOption(part) }
                switch kv[0] {
                case "weight":
                    guard let w = Float(kv[1]), w > 0, w <= 100 else { throw .badOption(part) }
                    weight = w
                case "untrusted":
                    for t in kv[1].split(separator: ",") {
                        guard let label = EntityLabel(conllName: String(t)) else { throw .badOption(part) }
                        untrustedLabels.insert(label)
                    }
                case "case":
                    guard let f = Double(kv[1]), (0...1).contains(f) else { throw .badOption(part) }
                    caseCopies = f
                case "name":
                    name = kv[1]
                default:
                    throw .badOption(part)
                }
            }
        }

        /// "ner-more/gum/train.conll" → "gum-train"; "ner/conll2003_train.txt" → "conll2003_train".
        public static func defaultName(_ path: String) -> String {
            let parts = path.split(separator: "/")
            guard let file = parts.last else { return path }
            let stem = file.split(separator: ".").first.map(String.init) ?? String(file)
            if parts.count >= 2, !stem.contains(parts[parts.count - 2]) , parts[parts.count - 2] != "ner" {
                return parts[parts.count - 2] + "-" + stem
            }
            return stem
        }
    }

    public enum SpecError: Error, CustomStringConvertible, Equatable {
        case missingPath(String)
        case badOption(String)

        public var description: String {
            switch self {
            case .missingPath(let s): "--train \(s): no file path before the first ':'"
            case .badOption(let s):
                "--train option '\(s)' not understood; use weight=W (0<W≤100), untrusted=MISC[,ORG…], case=F (0…1), name=N or adapt"
            }
        }
    }
}
