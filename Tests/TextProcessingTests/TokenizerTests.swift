import Testing
@testable import TextProcessing

private func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

@Test func splitsCurlyQuotesAndPossessives() {
    #expect(texts("“It’s clear,” Blinken said of Hamas’s agency.")
        == ["“", "It", "’s", "clear", ",", "”", "Blinken", "said", "of", "Hamas", "’s", "agency", "."])
}

@Test func splitsNegationClitic() {
    #expect(texts("which doesn’t differentiate") == ["which", "does", "n’t", "differentiate"])
    #expect(texts("I can't") == ["I", "ca", "n't"])
}

@Test func keepsInnerApostropheNames() {
    #expect(texts("Sinead O’Brien spoke") == ["Sinead", "O’Brien", "spoke"])
}

@Test func keepsAbbreviationsWithTheirPeriod() {
    #expect(texts("The U.S. and Dr. Smith met Gen. Milley on Jan. 5.")
        == ["The", "U.S.", "and", "Dr.", "Smith", "met", "Gen.", "Milley", "on", "Jan.", "5", "."])
    #expect(texts("John F. Kennedy") == ["John", "F.", "Kennedy"])
    #expect(texts("No. 4 and said no.") == ["No.", "4", "and", "said", "no", "."])
}

@Test func keepsNumbersAndMoneyTogether() {
    #expect(texts("killed 19,667 people, $1.5bn and 3.2% at 10:30")
        == ["killed", "19,667", "people", ",", "$", "1.5bn", "and", "3.2", "%", "at", "10:30"])
}

@Test func keepsHyphenatedWordsButSplitsDashes() {
    #expect(texts("the Israel-Hamas war — mostly civilians – and Hamas-run ministry")
        == ["the", "Israel-Hamas", "war", "—", "mostly", "civilians", "–", "and", "Hamas-run", "ministry"])
    #expect(texts("move -- fast...") == ["move", "--", "fast", "..."])
}

@Test func keepsLinksAndEmails() {
    #expect(texts("see https://example.com/a?b=1. or mail a.b@news.org, now")
        == ["see", "https://example.com/a?b=1", ".", "or", "mail", "a.b@news.org", ",", "now"])
}

@Test func offsetsAreCodePointsIntoTheText() {
    let text = "“Café” — 19,667 in 🇺🇸 U.S."
    let scalars = Array(text.unicodeScalars)
    for token in Tokenizer.tokenize(text) {
        let slice = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
        #expect(slice == token.text)
    }
    let cafe = Tokenizer.tokenize(text)[1]
    #expect(cafe.text == "Café" && cafe.start == 1 && cafe.end == 5)
}

@Test func emptyAndWhitespaceOnlyTextHasNoTokens() {
    #expect(Tokenizer.tokenize("").isEmpty)
    #expect(Tokenizer.tokenize(" \n\t ").isEmpty)
}

@Test func longRunsWithoutSpacesTokeniseInLinearTime() {
    let junk = String(repeating: "ab,cd@ef.", count: 30_000)  // 270k scalars, no spaces
    let tokens = Tokenizer.tokenize(junk)
    #expect(tokens.count > 30_000)
    #expect(tokens.first?.text == "ab" && tokens.last?.end == junk.unicodeScalars.count)
}

@Test func linksInsideBracketsAndQuotes() {
    #expect(texts("(www.example.com)") == ["(", "www.example.com", ")"])
}
