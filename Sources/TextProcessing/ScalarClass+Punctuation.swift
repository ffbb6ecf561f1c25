/// Punctuation that joins words rather than separating them.
extension ScalarClass {
    /// Straight and curly apostrophes (’ is what most news sites print).
    @inlinable
    package static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}"
    }

    /// Hyphens that join words ("Israel-Hamas"); en and em dashes are separate tokens.
    @inlinable
    package static func isJoiningHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }
}
