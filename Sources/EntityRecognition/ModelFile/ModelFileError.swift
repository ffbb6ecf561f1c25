/// Why a model file could not be read or written.
public enum ModelFileError: Error, CustomStringConvertible, Equatable {
    case notAModel(String)
    case unsupportedVersion(UInt32)
    case truncated(String)
    case inconsistent(String)
    case missingResource(String)

    public var description: String {
        switch self {
        case .notAModel(let what):
            "\(what) is not a Newsflow NER model file (bad magic bytes); pass a file written by `newsflow train ner`"
        case .unsupportedVersion(let v):
            "NER model format version \(v) is not supported by this build; retrain with `newsflow train ner`"
        case .truncated(let what):
            "NER model file is truncated while reading \(what); the file is incomplete or corrupt, retrain or re-copy it"
        case .inconsistent(let what):
            "NER model file is inconsistent: \(what); retrain it with `newsflow train ner`"
        case .missingResource(let name):
            "the shipped NER resource \(name) is missing from the package bundle; rebuild the package"
        }
    }
}
