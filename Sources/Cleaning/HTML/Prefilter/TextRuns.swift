/// The text between two tags in the output, set aside when libxml2 would pass it
/// through unchanged (see `SetAsideText`).
struct TextRuns {
    private let enabled: Bool
    /// Where the current run starts in the output.
    private var start = 0
    private(set) var setAside = SetAsideText()
    /// Text before the first tag stays: libxml2 skips the blanks that open a document.
    private var afterFirstTag = false

    /// `enabled: false` sets nothing aside (see `SetAsideText.containsMarker`).
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Ends the run before a tag is written.
    mutating func close(_ out: inout ByteSink) {
        guard enabled, afterFirstTag, out.count - start >= SetAsideText.minimumRunLength,
              out.withBytes(from: start, SetAsideText.passesThroughUnchanged),
              setAside.keep(out, from: start)
        else { return }
        out.truncate(to: start)
        setAside.writePlaceholder(forRunAt: setAside.runs.count - 1, into: &out)
    }

    /// Starts a run after a tag was written.
    mutating func open(at offset: Int) {
        start = offset
        afterFirstTag = true
    }
}
