import TextProcessing

/// Ranges of markup tags left in the text (`<tweet author="...">`): their
/// attribute quotes are not quotations.
enum MarkupTags {
    static let maxTagLength = 400

    static func ranges(in chars: [Unicode.Scalar], from start: Int, to end: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = start
        while i < end {
            if chars[i] == "<", i + 1 < end, ScalarClass.isAlphabetic(chars[i + 1]) || chars[i + 1] == "/" {
                var j = i + 1
                let limit = min(end, i + maxTagLength)
                while j < limit, chars[j] != ">", chars[j] != "<" { j += 1 }
                if j < limit, chars[j] == ">" {
                    ranges.append(i..<(j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return ranges
    }
}
