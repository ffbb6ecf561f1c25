import QuoteAttribution
import Foundation

/// The head words of a speaker string, exactly as `eval_quotes.py` finds them: a
/// predicted speaker is right when it shares a head (usually the surname) with the
/// gold speaker or one of its aliases; pronouns have no head and are never right.
public enum SpeakerHeads {
    static let pronouns: Set<String> = [
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him",
        "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours",
        "ourselves", "they", "them", "their", "theirs", "themselves", "one", "oneself", "someone", "somebody",
        "anyone", "anybody", "everyone", "everybody", "nobody", "none", "who", "whom", "whose", "which",
        "that", "this", "these", "those", "what", "whoever",
    ]
    static let determiners: Set<String> = [
        "a", "an", "the", "another", "some", "any", "each", "every", "both", "all", "many", "several",
        "other", "others", "such", "no", "few", "most", "more", "much", "either", "neither", "same",
    ]
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
        "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "rev", "hon", "sir", "dame", "jr", "sr", "ii",
        "iii", "iv", "esq", "st", "pres", "atty", "supt", "insp", "det", "cpl", "pvt", "fr", "msgr",
    ]
    static let connectives: Set<String> = [
        "and", "or", "nor", "but", "s", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "dozen", "dozens",
    ]
    static let prepositions: Set<String> = [
        "of", "for", "at", "from", "in", "with", "on", "to", "by", "about", "under", "like", "as", "over",
        "within", "without", "inside", "outside", "across", "behind", "near", "among", "between", "into",
        "onto", "upon", "via", "during", "after", "before", "against", "toward", "towards", "per",
    ]
    static let relatives: Set<String> = ["who", "which", "that", "whose", "whom", "where", "when"]
    static let postnominal: Set<String> = [
        "familiar", "close", "responsible", "aware", "involved", "knowledgeable", "briefed", "speaking", "present",
    ]
    static let nonHead = pronouns.union(determiners).union(honorifics).union(connectives).union(prepositions)

    /// The set of head words of a (possibly conjoined) name or description.
    public static func heads(_ name: String?) -> Set<String> {
        guard let name, !name.isEmpty else { return [] }
        var result: Set<String> = []
        for conjunct in conjuncts(removingBrackets(name)) {
            let beforeComma = conjunct.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            var tokens = words(beforeComma)
            if let cut = tokens.indices.dropFirst().first(where: { relatives.contains(tokens[$0].word) }) {
                tokens = Array(tokens[..<cut])
            }
            var kept: [String] = []
            for token in tokens {
                if prepositions.contains(token.word), kept.contains(where: { !nonHead.contains($0) }) { break }
                kept.append(token.word)
            }
            while kept.count > 1, let last = kept.last, postnominal.contains(last) { kept.removeLast() }
            if let head = lastContent(kept) { result.insert(head) }
            if kept.count < tokens.count, tokens.count >= 2, tokens[tokens.count - 1].capital, tokens[tokens.count - 2].capital,
               let last = lastContent(tokens.map(\.word)) {
                result.insert(last)
            }
        }
        return result
    }

    /// True when the predicted speaker shares a head with any gold reference.
    public static func correct(predicted: String?, gold references: [String]) -> Bool {
        let predictedHeads = heads(predicted)
        guard !predictedHeads.isEmpty else { return false }
        return references.contains { !$0.isEmpty && !predictedHeads.isDisjoint(with: heads($0)) }
    }

    private static func lastContent(_ tokens: [String]) -> String? {
        tokens.last { !nonHead.contains($0) && !$0.allSatisfy(\.isNumber) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "`", with: "'").lowercased()
    }

    /// Word tokens (`[^\W_]+(?:[-'][^\W_]+)*`), folded, possessive 's removed.
    static func words(_ text: String) -> [(word: String, capital: Bool)] {
        let scalars = Array(text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'").unicodeScalars)
        func isWordChar(_ c: Unicode.Scalar) -> Bool {
            c != "_" && (c.properties.isAlphabetic || c.properties.numericType != nil
                         || c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark)
        }
        var result: [(String, Bool)] = []
        var i = 0
        while i < scalars.count {
            guard isWordChar(scalars[i]) else { i += 1; continue }
            var j = i
            while j < scalars.count {
                if isWordChar(scalars[j]) { j += 1; continue }
                if (scalars[j] == "-" || scalars[j] == "'"), j + 1 < scalars.count, isWordChar(scalars[j + 1]) { j += 1; continue }
                break
            }
            let raw = String(String.UnicodeScalarView(scalars[i..<j]))
            var token = fold(raw)
            if token.hasSuffix("'s") { token.removeLast(2) }
            while token.hasPrefix("'") { token.removeFirst() }
            while token.hasSuffix("'") { token.removeLast() }
            if !token.isEmpty { result.append((token, raw.first?.isUppercase ?? false)) }
            i = j
        }
        return result
    }

    /// Replaces each "(...)" and "[...]" with a blank, as the reference regex does.
    private static func removingBrackets(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(" || c == "[" {
                let close: Character = c == "(" ? ")" : "]"
                if let j = chars[(i + 1)...].firstIndex(of: close) {
                    out.append(" ")
                    i = j + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Splits on " and ", "&", ";" and "/".
    private static func conjuncts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "&" || c == ";" || c == "/" {
                parts.append(current.trimmingCharacters(in: .whitespaces)); current = ""; i += 1; continue
            }
            if c.isWhitespace, i + 4 < chars.count, String(chars[(i + 1)...(i + 3)]).lowercased() == "and", chars[i + 4].isWhitespace {
                parts.append(current); current = ""; i += 5
                while i < chars.count, chars[i].isWhitespace { i += 1 }
                continue
            }
            current.append(c)
            i += 1
        }
        parts.append(current)
        return parts
    }
}
