/// A data set or prediction file that cannot be read or written: says which file and
/// what was wrong with it, so the command line can print it as is.
public struct EvaluationDataError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
