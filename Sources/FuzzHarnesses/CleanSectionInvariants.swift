import Articles
import Cleaning

/// What every cleaned article promises its readers, whatever the input: the paragraph
/// spans tile the text exactly, paragraphs joined by "\n\n", none empty, so the offsets
/// the later stages write stay valid.
func checkCleanSection(_ section: CleanSection, removedLimit: Int) {
    let scalars = Array(section.text.unicodeScalars)
    invariant(!scalars.isEmpty, "a clean section with no text")
    guard checkOrderedSpans(section.paragraphs.map { ($0.start, $0.end) }, within: scalars.count, "paragraphs") else { return }
    invariant(section.paragraphs.first?.start == 0, "the first paragraph does not start the text")
    invariant(section.paragraphs.last?.end == scalars.count, "the last paragraph does not end the text")
    for (previous, next) in zip(section.paragraphs, section.paragraphs.dropFirst()) {
        invariant(scalars[previous.end..<next.start].elementsEqual("\n\n".unicodeScalars),
                  "paragraphs \(previous) and \(next) are not separated by exactly one blank line")
    }
    invariant(section.removed.count <= removedLimit, "\(section.removed.count) removed entries, over the limit of \(removedLimit)")
}

/// Cleans the article twice and checks both answers are equal (the cleaner promises to
/// be pure) and that a success keeps `checkCleanSection`'s promises.
func checkCleaning(_ article: RawArticle) {
    let cleaner = ArticleCleaner()
    let first = Result { () throws(CleaningError) in try cleaner.clean(article) }
    let second = Result { () throws(CleaningError) in try cleaner.clean(article) }
    invariant(first == second, "cleaning the same \(article.resolvedContentType.rawValue) article twice gave different answers")
    if case .success(let section) = first {
        checkCleanSection(section, removedLimit: cleaner.options.maxRemovedEntries)
    }
}
