/// Hashes and flags of one token, computed once and reused by every feature
/// template that looks at it. Curly quotes and dashes are normalised to the
/// ASCII forms of the training data, so “ and " look the same to the model.
package struct WordInfo {
    var exact: UInt64 = 0
    package var lower: UInt64 = 0
    /// Lower case with digits mapped to 0 ("1996-08-22" → "0000-00-00").
    var digitNormal: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var isCapitalized = false
    var isAllCaps = false
    var startsLowercase = false
    var hasLetter = false

    /// Placeholder for positions before the sentence start / after its end.
    static let boundary: WordInfo = {
        var info = WordInfo()
        let h = FeatureHash.string("<S>")
        info.exact = h
        info.lower = h
        info.digitNormal = h
        info.shape = h
        info.shortShape = h
        return info
    }()

    static func normalise(_ s: Unicode.Scalar) -> UInt32 {
        switch s.value {
        case 0x2018, 0x2019, 0x02BC, 0x2032: return 0x27  // '
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2033: return 0x22  // "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D  // -
        case 0x2026: return 0x2E
        default: return s.value
        }
    }

    init() {}

    /// `scratch` is reused between calls to avoid allocating per token.
    package init(_ word: String, scratch: inout [UInt32]) {
        scratch.removeAll(keepingCapacity: true)
        var exact = FeatureHash.seed
        var lower = FeatureHash.seed
        var digitNormal = FeatureHash.seed
        var shape = FeatureHash.seed
        var shortShape = FeatureHash.seed
        var lastShapeChar: UInt32 = 0
        var run = 0
        var letters = 0
        var uppers = 0
        var first = true
        for scalar in word.unicodeScalars {
            let v = Self.normalise(scalar)
            var low = v
            var shapeChar = v
            if v < 128 {
                if v >= 65 && v <= 90 {
                    low = v + 32
                    shapeChar = 88  // X
                    letters += 1
                    uppers += 1
                } else if v >= 97 && v <= 122 {
                    shapeChar = 120  // x
                    letters += 1
                } else if v >= 48 && v <= 57 {
                    shapeChar = 100  // d
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase {
                    uppers += 1
                    shapeChar = 88
                    low = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
                } else {
                    shapeChar = 120
                }
            } else if scalar.properties.generalCategory == .decimalNumber {
                shapeChar = 100
            }
            if first {
                isCapitalized = shapeChar == 88
                startsLowercase = shapeChar == 120
                first = false
            }
            exact = FeatureHash.step(exact, UInt64(v))
            lower = FeatureHash.step(lower, UInt64(low))
            digitNormal = FeatureHash.step(digitNormal, UInt64(shapeChar == 100 ? 48 : low))
            if shapeChar == lastShapeChar {
                run += 1
            } else {
                run = 1
                shortShape = FeatureHash.step(shortShape, UInt64(shapeChar))
            }
            if run <= 4 { shape = FeatureHash.step(shape, UInt64(shapeChar)) }
            lastShapeChar = shapeChar
            scratch.append(low)
        }
        self.exact = FeatureHash.mix(exact, 1)
        self.lower = FeatureHash.mix(lower, 2)
        self.digitNormal = FeatureHash.mix(digitNormal, 3)
        self.shape = FeatureHash.mix(shape, 4)
        self.shortShape = FeatureHash.mix(shortShape, 5)
        hasLetter = letters > 0
        isAllCaps = letters > 0 && uppers == letters
        prefixes = (affix(scratch, 1, true), affix(scratch, 2, true), affix(scratch, 3, true), affix(scratch, 4, true))
        suffixes = (affix(scratch, 1, false), affix(scratch, 2, false), affix(scratch, 3, false), affix(scratch, 4, false))
    }

    private func affix(_ s: [UInt32], _ n: Int, _ prefix: Bool) -> UInt64 {
        guard s.count >= n else { return 0 }
        var h = FeatureHash.seed
        if prefix {
            for i in 0..<n { h = FeatureHash.step(h, UInt64(s[i])) }
        } else {
            for i in (s.count - n)..<s.count { h = FeatureHash.step(h, UInt64(s[i])) }
        }
        return FeatureHash.mix(h, UInt64(prefix ? 10 + n : 20 + n))
    }
}
