/// Character tests with an ASCII fast path: Unicode property look-ups dominate the
/// scanner's time otherwise, and news text is mostly ASCII.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57) }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.isDiacritic
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    /// The scalars as a String and its lower-cased form, curly apostrophes made straight.
    static func strings(_ chars: ArraySlice<Unicode.Scalar>) -> (text: String, lower: String) {
        if chars.allSatisfy({ $0.value < 128 }) {
            let count = chars.count
            if !chars.contains(where: { $0.value >= 65 && $0.value <= 90 }) {
                let text = String(unsafeUninitializedCapacity: count) { buffer in
                    var n = 0
                    for c in chars { buffer[n] = UInt8(truncatingIfNeeded: c.value); n += 1 }
                    return n
                }
                return (text, text)
            }
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                var n = 0
                for c in chars { buffer[n] = UInt8(truncatingIfNeeded: c.value); n += 1 }
                return n
            }
            let lower = String(unsafeUninitializedCapacity: count) { buffer in
                var n = 0
                for c in chars {
                    let v = UInt8(truncatingIfNeeded: c.value)
                    buffer[n] = v >= 65 && v <= 90 ? v + 32 : v
                    n += 1
                }
                return n
            }
            return (text, lower)
        }
        let text = string(chars)
        return (text, text.lowercased())
    }

    /// The scalars as a String, curly apostrophes made straight.
    static func string(_ chars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for c in chars { view.append(c == "\u{2019}" ? "'" : c) }
        return String(view)
    }
}

extension Unicode.Scalar {
    var isWhitespaceScalar: Bool { ScalarClass.isWhitespace(self) }
    var isLetterScalar: Bool { ScalarClass.isLetter(self) }
    var isUppercaseScalar: Bool { ScalarClass.isUppercase(self) }
}
