import Articles
import Testing
import TextProcessing
@testable import EntityRecognition

private func numeric(_ text: String) -> [String] {
    let tokens = Tokenizer.tokenize(text)
    return NumericEntityRules.matches(tokens).map { m in
        tokens[m.start..<m.end].map(\.text).joined(separator: " ") + "/" + m.type.rawValue
    }
}

@Test func moneyPercentDateAndCardinalComeFromRules() {
    #expect(numeric("It raised $1.5bn, up 3.2% since October 7, 2023, killing 19,667 people.")
        == ["$ 1.5bn/MONEY", "3.2 %/PERCENT", "October 7 , 2023/DATE", "19,667/CARDINAL"])
    #expect(numeric("Two hundred people came on Wednesday in 2024.")
        == ["Two hundred/CARDINAL", "Wednesday/DATE", "2024/DATE"])
    #expect(numeric("It costs 20 million dollars, or 5 per cent.") == ["20 million dollars/MONEY", "5 per cent/PERCENT"])
}

@Test func mayAsAVerbIsNotADate() {
    #expect(numeric("They May leave.").isEmpty)
    #expect(numeric("On May 5 they left.") == ["May 5/DATE"])
}
