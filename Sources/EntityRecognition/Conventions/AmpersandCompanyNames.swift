/// Companies named after partners join the names with "&": "Douglas & Lomason Co",
/// "Procter & Gamble Co", "Marks & Spencer Plc". The tagger sees two surnames and tags two
/// people, or a person and a company. After tagging, where an article writes such a name
/// with a legal suffix, every mention of "A & B", with or without the suffix, becomes one
/// organisation span. The suffix is required: "Liam Adams & UVF" or an academic citation
/// ("Carrano & Biewener") name two entities, not one.
enum AmpersandCompanyNames {
    /// Relabels "A & B" company names in `tags` (BILOU per sentence), in place.
    static func apply(_ tags: inout [[Int]], sentences: [[String]]) {
        var names: Set<[String]> = []
        for s in tags.indices where sentences[s].contains("&") && tags[s].contains(where: { $0 != 0 }) {
            if let name = companyName(in: BILOU.decode(tags[s]), words: sentences[s]) { names.insert(name) }
        }
        guard !names.isEmpty else { return }
        for s in tags.indices where sentences[s].contains("&") {
            let words = sentences[s]
            for name in names {
                var spans = BILOU.decode(tags[s])
                for start in words.indices where start + name.count <= words.count
                    && words[start..<(start + name.count)].elementsEqual(name) {
                    var end = start + name.count
                    if end < words.count, ShortOrganizationNames.legalSuffixes.contains(words[end]) { end += 1 }
                    let overlapping = spans.filter { $0.start < end && $0.end > start }
                    guard overlapping.allSatisfy({ $0.start >= start && $0.end <= end }) else { continue }
                    spans.removeAll { $0.start < end && $0.end > start }
                    spans.append(LabeledSpan(start: start, end: end, label: .organization))
                }
                tags[s] = BILOU.encode(spans, length: words.count)
            }
        }
    }

    /// "A & B" (without the suffix) of two adjacent spans around "&" followed by, or ending in, a legal suffix.
    static func companyName(in spans: [LabeledSpan], words: [String]) -> [String]? {
        let suffixes = ShortOrganizationNames.legalSuffixes
        for (a, b) in zip(spans, spans.dropFirst()) where b.start == a.end + 1 && words[a.end] == "&" {
            let nameEnd = suffixes.contains(words[b.end - 1]) ? b.end - 1 : b.end
            guard nameEnd > b.start, nameEnd < b.end || (b.end < words.count && suffixes.contains(words[b.end])) else {
                continue
            }
            let name = Array(words[a.start..<nameEnd])
            if name.allSatisfy({ $0 == "&" || $0.first?.isUppercase == true }) { return name }
        }
        return nil
    }
}
