import Articles
import TextProcessing

/// Span repairs where news style differs from CoNLL-2003 annotation, applied to
/// one sentence's tagged spans (token indices into `words`):
/// - "Times" + "of" + "Israel" → one organisation ("The Times of Israel");
/// - a multi-word place directly before an organisation is part of its name
///   ("White House" + "National Security Council");
/// - a capitalised "The" inside a sentence starts an organisation's name;
/// - any other leading "the" is dropped ("The US" → "US").
/// Titles before a person's name are already left out by the tagger (`PersonTitles`).
enum MentionSpanRules {
    /// Untagged tokens that still name an organisation or place: known aliases
    /// ("IDF", "NATO") and capitalised acronyms after "the" ("the NFL").
    static func untaggedNames(words: [String], covered: (Int) -> Bool) -> [LabeledSpan] {
        var out: [LabeledSpan] = []
        for (i, w) in words.enumerated() where !covered(i) {
            guard let first = w.unicodeScalars.first, ScalarClass.isUppercase(first) else { continue }
            if let alias = EntityAliases.lookup(w), w.count >= 2 {
                out.append(LabeledSpan(start: i, end: i + 1, label: label(alias.type)))
                continue
            }
            let isAcronym = (2...6).contains(w.count) && w.unicodeScalars.allSatisfy { $0.properties.isUppercase }
            if isAcronym, i > 0, words[i - 1] == "the" || words[i - 1] == "The" {
                out.append(LabeledSpan(start: i, end: i + 1, label: .organization))
            }
        }
        return out
    }

    static func label(_ type: EntityType) -> EntityLabel {
        switch type {
        case .person: .person
        case .location: .location
        case .organization: .organization
        default: .misc
        }
    }

    static func apply(_ spans: [LabeledSpan], words: [String]) -> [LabeledSpan] {
        var out: [LabeledSpan] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if var last = out.last {
                let ofJoin = last.label == .organization && last.end + 1 == span.start
                    && words[last.end] == "of" && (span.label == .location || span.label == .organization)
                let placeBeforeOrg = last.label == .location && last.end - last.start >= 2
                    && last.end == span.start && span.label == .organization
                if ofJoin || placeBeforeOrg {
                    last.end = span.end
                    last.label = .organization
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(span)
        }
        return out.map { span in
            var s = span
            let orgWithThe = s.label == .organization && s.start >= 1 && words[s.start] == "The"
            if s.label == .organization, s.start >= 2, words[s.start - 1] == "The" {
                s.start -= 1
            } else if !orgWithThe, s.end - s.start > 1, words[s.start] == "The" || words[s.start] == "the" {
                s.start += 1
            }
            return s
        }
    }
}
