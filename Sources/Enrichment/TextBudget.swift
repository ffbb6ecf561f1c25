import Articles

/// Cuts a clean text to the NLP budget: whole paragraphs while they fit, else the first
/// paragraph up to its last space within the budget. What was cut is recorded in
/// `removed` with reason `truncated`, so a reader of the record sees that it is partial.
enum TextBudget {
    static let reason = "truncated"

    static func apply(_ clean: CleanSection, maxBytes: Int) -> CleanSection {
        let total = clean.text.utf8.count
        guard total > maxBytes else { return clean }
        // The number of scalars whose UTF-8 fits in the budget.
        var bytes = 0
        var fitting = 0
        for scalar in clean.text.unicodeScalars {
            let width = UTF8.width(scalar)
            if bytes + width > maxBytes { break }
            bytes += width
            fitting += 1
        }
        var paragraphs = clean.paragraphs.filter { $0.end <= fitting }
        let scalars = Array(clean.text.unicodeScalars.prefix(fitting))
        var cut: Int
        if let last = paragraphs.last {
            cut = last.end
        } else {
            // One paragraph longer than the budget: end at a space (a word boundary) when
            // one is near, else at a scalar boundary.
            cut = fitting
            if let space = scalars.lastIndex(where: { $0 == " " }), space > fitting - 200 { cut = space }
            if let first = clean.paragraphs.first, first.start < cut { paragraphs = [TextSpan(start: first.start, end: cut)] }
        }
        var truncated = clean
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<cut])
        truncated.text = String(view)
        truncated.paragraphs = paragraphs
        let kept = truncated.text.utf8.count
        let sample = String(String.UnicodeScalarView(clean.text.unicodeScalars.dropFirst(cut).prefix(80)))
        truncated.removed.append(RemovedBlock(
            text: "\(total - kept) bytes of text after the first \(kept) (the NLP budget is \(maxBytes) bytes), from: \(sample)",
            reason: reason))
        return truncated
    }
}
