/// What `HTMLContentExtractor.comparable` keeps of each scalar below U+2100 (Latin, Greek,
/// Cyrillic, Hebrew, Arabic, Indic scripts, general punctuation), looked up in a table built
/// once from the same Unicode properties instead of asking for them scalar by scalar: the
/// property lookups were most of the cost of comparing blocks with the title.
enum ComparableScalars {
    /// Scalars at and above this value are not in the table.
    static let tableLimit: UInt32 = 0x2100

    /// Table entry of a scalar that is neither alphabetic nor numeric (dropped).
    static let dropped: UInt32 = 0
    /// Table entry of a scalar whose lower-case mapping is not one scalar (ask the properties).
    static let unmapped: UInt32 = 0xFFFF_FFFF

    /// The lower-case scalar kept for each value below `tableLimit`, or `dropped`/`unmapped`.
    static let table: [UInt32] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return unmapped }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return dropped }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first, lower.value != dropped else { return unmapped }
        return lower.value
    }
}
