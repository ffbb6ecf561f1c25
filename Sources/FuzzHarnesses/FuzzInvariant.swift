/// Where a broken invariant is reported. Under libFuzzer nothing is set and the process
/// stops, so libFuzzer saves the input as a crash; a unit test sets a handler for the
/// duration of one harness call and fails with the message instead of taking down the
/// whole test run.
public enum BrokenInvariant {
    @TaskLocal public static var handler: (@Sendable (String) -> Void)?
}

/// Reports `message` when `condition` is false: through `BrokenInvariant.handler` when a
/// test set one, else with `fatalError` (not `assert`, so it also runs in optimised
/// builds). Returns the condition, so a check can stop before it would index out of range.
@discardableResult
func invariant(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) -> Bool {
    if condition() { return true }
    let report = "fuzz invariant broken: \(message()) (\(file):\(line))"
    guard let handler = BrokenInvariant.handler else { fatalError(report, file: file, line: line) }
    handler(report)
    return false
}

/// Checks that half-open code-point spans lie inside a text of `count` scalars, are not
/// empty, and come in order without overlapping: the shape every offset list in a record
/// promises. `what` names the list in the failure message. True when all of them hold.
@discardableResult
func checkOrderedSpans(_ spans: [(start: Int, end: Int)], within count: Int, _ what: String) -> Bool {
    var previousEnd = 0
    for (index, span) in spans.enumerated() {
        guard invariant(span.start >= 0 && span.end <= count, "\(what)[\(index)] \(span) outside 0..<\(count)"),
              invariant(span.start < span.end, "\(what)[\(index)] \(span) is empty or reversed"),
              invariant(span.start >= previousEnd, "\(what)[\(index)] \(span) overlaps or precedes the one before (ended \(previousEnd))")
        else { return false }
        previousEnd = span.end
    }
    return true
}

/// Checks that `text` is exactly the scalars `start..<end` of `scalars`: an offset that
/// points at the wrong characters is as bad as one outside the text.
func checkSurface(_ text: String, _ start: Int, _ end: Int, in scalars: [Unicode.Scalar], _ what: String) {
    guard invariant(start >= 0 && start <= end && end <= scalars.count, "\(what) \(start)..<\(end) outside 0..<\(scalars.count)")
    else { return }
    invariant(text.unicodeScalars.elementsEqual(scalars[start..<end]), "\(what) text \(text.debugDescription) is not the text at \(start)..<\(end)")
}
