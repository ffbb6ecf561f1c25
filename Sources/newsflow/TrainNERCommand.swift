import Evaluation
import ArgumentParser
import EntityRecognition
import Foundation

/// `newsflow train ner`: reproduces the shipped NER model from CoNLL-format corpora
/// (`scripts/train-ner` is the recipe of the shipped one).
struct TrainNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity model (averaged perceptron, BILOU, two passes) from CoNLL data."
    )

    @Option(help: ArgumentHelp(
        "CoNLL training file (token ... TAG per line); repeat for several corpora.",
        discussion: "PATH[:weight=W][:untrusted=MISC][:case=F][:name=N][:adapt]: W scales the corpus's updates; "
            + "untrusted labels are learnt as 'O or that label' (partial labels); F is the share of documents "
            + "also trained on in ALL CAPS and in Title Case; N names its gazetteer categories; adapt gives the "
            + "corpus private feature copies that soak up its conventions."))
    var train: [String]
    @Option(help: "CoNLL development file, scored every third epoch; repeatable.") var dev: [String] = []
    @Option(help: "Word-cluster table from `newsflow train clusters` (stored in the model).") var clusters: String?
    @Option(help: "Where to write the model (ship it as Sources/EntityRecognition/Resources/ner-model.bin).")
    var output: String
    @Option(help: "Passes over the training data.") var epochs = 12
    @Option(help: "log2 of the number of hashed feature buckets.") var bucketBits = 19
    @Option(help: "Folds for the jackknifed label-derived features.") var folds = 5
    @Flag(help: "Train only the first pass (no document-vote second pass).") var singlePass = false
    @Option(help: "Drop the weights of features seen fewer times than this in training (smaller, faster model).")
    var minFeatureCount = 1
    @Option(help: "Seed of the shuffling of training sentences and of the case copies.") var seed: UInt64 = 2003

    func run() async throws {
        let started = Date()
        guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
        var corpora: [TrainingCorpus] = []
        for text in train {
            let spec: TrainingCorpus.Spec
            do { spec = try TrainingCorpus.Spec(parsing: text) } catch { throw ValidationError(error.description) }
            guard !corpora.contains(where: { $0.name == spec.name }) else {
                throw ValidationError("two --train corpora are named \(spec.name); add :name=N to one")
            }
            corpora.append(TrainingCorpus(
                name: spec.name, corpus: CoNLLCorpus(parsing: try readText(spec.path)), weight: spec.weight,
                untrustedLabels: spec.untrustedLabels, caseCopies: spec.caseCopies, adapt: spec.adapt))
        }
        let devCorpora = try dev.map { (name: TrainingCorpus.Spec.defaultName($0), corpus: CoNLLCorpus(parsing: try readText($0))) }
        var options = NERTrainer.Options()
        options.epochs = epochs
        options.bucketBits = bucketBits
        options.folds = folds
        options.secondPass = !singlePass
        options.minFeatureCount = minFeatureCount
        options.seed = seed
        guard (10...24).contains(bucketBits) else { throw ValidationError("--bucket-bits must be 10...24") }
        var trainer = NERTrainer(options: options, externalGazetteer: try NERResources.externalGazetteer()) {
            print($0)
        }
        if let clusters {
            trainer.clusters = try NERModelFile.decodeClusters(Data(contentsOf: URL(fileURLWithPath: clusters)), source: clusters)
        }
        let model = trainer.train(corpora, devs: devCorpora)
        try model.write(to: URL(fileURLWithPath: output))
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "wrote %@ (%.1f MB) in %.1f s", output, Double(size) / 1e6, Date().timeIntervalSince(started)))
    }
}

/// Reads a UTF-8 text file with an error a user understands.
func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("cannot read \(path): no such file or not readable")
    }
    return String(decoding: data, as: UTF8.self)
}
