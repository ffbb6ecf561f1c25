/// A slideshow embedded in an article ("Business news in pictures": "1/50 Headline",
/// its caption, "2/50 …"): fifty captions of other stories inside the story. Its slides
/// carry position counters; the run from the first to the last slide (and its caption)
/// goes, with the short title lines just before it. A page that is only a gallery keeps
/// it: the run must leave some article text outside it.
enum EmbeddedGallery {
    /// The range of `kept` the gallery spans, or nil.
    static func range(in kept: [TextBlock]) -> Range<Int>? {
        var slides: [Int] = []
        var total = 0
        var previous = 0
        for (index, block) in kept.enumerated() {
            guard let (position, count, _) = SlideCounter.opening(block.text), count >= 3 else { continue }
            if slides.isEmpty || (count == total && position > previous) {
                if slides.isEmpty { total = count }
                slides.append(index)
                previous = position
            }
        }
        guard slides.count >= 3, var start = slides.first, let last = slides.last else { return nil }
        // Slides with a caption after their counter line: the last one has one too.
        let captioned = zip(slides, slides.dropFirst()).allSatisfy { $1 - $0 == 2 }
        let end = min(kept.count, last + (captioned ? 2 : 1))
        while start > 0, kept[start - 1].length < 60, !kept[start - 1].endsLikeSentence { start -= 1 }
        let outside = kept[..<start].reduce(0) { $0 + $1.length } + kept[end...].reduce(0) { $0 + $1.length }
        return outside >= 300 ? start..<end : nil
    }
}
