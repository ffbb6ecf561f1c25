import Testing
@testable import TextProcessing

private func sentenceTexts(_ text: String) -> [String] {
    let tokens = Tokenizer.tokenize(text)
    return SentenceSplitter.sentences(in: text, tokens: tokens).map { range in
        tokens[range].map(\.text).joined(separator: " ")
    }
}

@Test func splitsAtFinalPunctuation() {
    #expect(sentenceTexts("Blinken spoke. Biden listened! Did Kirby? Yes.")
        == ["Blinken spoke .", "Biden listened !", "Did Kirby ?", "Yes ."])
}

@Test func doesNotSplitAfterAbbreviations() {
    #expect(sentenceTexts("Dr. Smith met the U.S. envoy on Jan. 5. He left.")
        == ["Dr. Smith met the U.S. envoy on Jan. 5 .", "He left ."])
}

@Test func sentenceEndsAfterClosingQuote() {
    #expect(sentenceTexts("He said “we’re pushing it.” Kirby agreed.")
        == ["He said “ we ’re pushing it . ”", "Kirby agreed ."])
}

@Test func doesNotSplitBeforeLowercaseContinuation() {
    #expect(sentenceTexts("“Is it over?” he asked.") == ["“ Is it over ? ” he asked ."])
}

@Test func blankLineEndsASentence() {
    #expect(sentenceTexts("A headline without a period\n\nThe body starts here.")
        == ["A headline without a period", "The body starts here ."])
}

@Test func rangesCoverEveryTokenOnce() {
    let text = "One. Two!\n\nThree? Four… five."
    let tokens = Tokenizer.tokenize(text)
    let ranges = SentenceSplitter.sentences(in: text, tokens: tokens)
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == tokens.count)
    for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    #expect(SentenceSplitter.sentences(in: "", tokens: []).isEmpty)
}
