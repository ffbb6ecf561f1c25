/// Words of a quote frame as the lexicons spell them: curly apostrophes made straight
/// ("Obama’s" → "Obama's"), so one lexicon entry matches both styles, plus the
/// lower-cased form the cue and name lexicons are keyed by.
enum WordText {
    /// The scalars as a String and its lower-cased form, curly apostrophes made straight.
    /// ASCII words, nearly all of news text, are built byte by byte without Unicode
    /// case mapping: this runs for every word of every paragraph that can hold a speaker.
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
