/// Character classes on single scalars, shared by the tokenizer, the sentence splitter,
/// the paragraph splitter and quote attribution.
///
/// Every test has an ASCII fast path: Unicode property look-ups dominate tokenizing and
/// quote scanning otherwise, and news text is mostly ASCII. The tests are `@inlinable`
/// so the quote scanner's hot loops, in another module, still inline them.
///
/// Some classes come in two widths (`isSpace`/`isWhitespace`, `isLetter`/`isAlphabetic`,
/// `isDigit`/`isASCIIDigit`, `isAlphanumeric`/`isLetterNumberOrDiacritic`). The tokenizer
/// and quote attribution were tuned apart, each against its own evaluation, and the
/// records they write depend on the difference; each function names who uses it, and
/// making the two agree is a behaviour change to be measured, not a refactor.
package enum ScalarClass {}
