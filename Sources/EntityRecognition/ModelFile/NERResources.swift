import Foundation
import TextProcessing

/// Files shipped in the package resources (`Resources/`, read through `Bundle.module`).
public enum NERResources {
    static let modelName = "ner-model"
    static let gazetteerName = "gazetteer"

    static func url(_ name: String, _ ext: String) throws -> URL {
        if let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") {
            return url
        }
        if let url = Bundle.module.url(forResource: name, withExtension: ext) { return url }
        throw ModelFileError.missingResource("\(name).\(ext)")
    }

    /// The shipped model.
    public static func shippedModel() throws -> NERModel {
        let url = try url(modelName, "bin")
        return try NERModelFile.decode(try Data(contentsOf: url), source: url.path)
    }

    /// The place and person-name lists of `Resources/gazetteer.tsv` (see `SOURCES.md`).
    public static func externalGazetteer() throws -> Gazetteer {
        let text = try String(contentsOf: try url(gazetteerName, "tsv"), encoding: .utf8)
        return gazetteer(fromTSV: text)
    }

    /// Parses `category<TAB>phrase` lines, tokenising phrases like article text.
    public static func gazetteer(fromTSV text: String) -> Gazetteer {
        var entries: [(category: String, phrase: String)] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            entries.append((String(parts[0]), String(parts[1])))
        }
        return Gazetteer(entries: entries) { Tokenizer.tokenize($0).map(\.text) }
    }
}

extension NERModel {
    /// Reads a model written by `newsflow train ner`.
    public static func load(contentsOf url: URL) throws -> NERModel {
        try NERModelFile.decode(try Data(contentsOf: url), source: url.path)
    }

    /// Writes the compact model file.
    public func write(to url: URL) throws {
        try NERModelFile.encode(self).write(to: url)
    }

    /// BIO tags ("B-PER", "I-PER", "O", ...) for a document's tokenised sentences.
    public func bioTags(sentences: [[String]]) -> [[String]] {
        tag(sentences: sentences).map { tags in tags.map(BILOU.bioName) }
    }
}

extension BILOU {
    static let bioNames: [String] = (0..<count).map { t in
        guard let label = label(of: t), let pos = position(of: t) else { return "O" }
        return (pos == .begin || pos == .unit ? "B-" : "I-") + label.conllName
    }

    static func bioName(_ tag: Int) -> String { bioNames[tag] }
}
