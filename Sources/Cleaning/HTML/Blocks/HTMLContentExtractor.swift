/// The article body of an HTML page: segment into blocks, pick the main container,
/// then drop the furniture that sits inside it (title, bylines, captions, share lines).
package struct HTMLContentExtractor {
    package struct Output {
        package var paragraphs: [String]
        var removed: [RemovedEntry]
        var bylineNames: [String]
        /// Every block of the page after teaser marking, for `ExtractionFallback`.
        var blocks: [TextBlock] = []
    }

    struct RemovedEntry {
        var text: String
        var reason: RemovalReason
    }

    /// The audit trail keeps at most this many characters of each removed block.
    static let auditTextLimit = 300

    let document: HTMLDocument

    package init(document: HTMLDocument) {
        self.document = document
    }

    package func extract(title: String?) -> Output {
        let counts = SubtreeTextCounts(document: document)
        let segmentation = BlockSegmenter(document: document, counts: counts).segment()
        var removed: [RemovedEntry] = []
        for (node, reason) in segmentation.removed {
            let text = Self.auditText(of: node, in: document)
            if !text.isEmpty { removed.append(RemovedEntry(text: text, reason: reason)) }
        }
        var selector = MainContentSelector(document: document, blocks: segmentation.blocks, counts: counts)
        selector.markTeasers()
        let blocks = selector.blocks
        guard let selection = selector.select() else {
            return Output(paragraphs: [], removed: removed, bylineNames: [], blocks: blocks)
        }
        var roots = selection.roots
        if roots.count == 1, let story = StackedArticles(document: document).story(in: roots[0], title: title, scores: selection.scores) {
            roots = [story]
        }
        let normalizedTitle = title.map { ComparableTitle(Self.comparable($0)) }
        var kept: [TextBlock] = []
        var bylineNames: [String] = []
        var firstBodyIndex: Int?
        // A short line ending in a colon waits for the next block: it introduces that block
        // when the block is kept text ("Enjoy the clip below:", "What you'll need:"), and a
        // list we removed otherwise ("Related coverage:", "More:").
        var pendingIntroducer: TextBlock?
        func settleIntroducer(nextIsKeptText: Bool) {
            guard let introducer = pendingIntroducer else { return }
            pendingIntroducer = nil
            if nextIsKeptText { kept.append(introducer) } else {
                removed.append(RemovedEntry(text: Self.clip(introducer.text), reason: .related))
            }
        }
        for block in blocks {
            guard roots.contains(where: { document.isAncestor($0, of: block.container) }) else {
                settleIntroducer(nextIsKeptText: false)
                removed.append(RemovedEntry(text: Self.clip(block.text), reason: .outsideArticle))
                continue
            }
            if let reason = Self.furnitureReason(block, title: normalizedTitle) {
                if reason == .related, BoilerplateLines.isIntroducer(block.text) {
                    settleIntroducer(nextIsKeptText: false)
                    pendingIntroducer = block
                    continue
                }
                settleIntroducer(nextIsKeptText: false)
                if reason == .byline { bylineNames += BoilerplateLines.bylineNames(block.text) }
                removed.append(RemovedEntry(text: Self.clip(block.text), reason: reason))
                continue
            }
            settleIntroducer(nextIsKeptText: !block.isHeading)
            if firstBodyIndex == nil, Self.isBodyParagraph(block) { firstBodyIndex = kept.count }
            kept.append(block)
        }
        settleIntroducer(nextIsKeptText: false)
        // Short labels before the first real paragraph are kickers, dates and credits.
        if let first = firstBodyIndex, first > 0 {
            var lead: [TextBlock] = []
            for block in kept[..<first] {
                if block.isShortLabel(maxWords: 2) || block.kind == .heading(1) {
                    removed.append(RemovedEntry(text: Self.clip(block.text), reason: .byline))
                } else {
                    lead.append(block)
                }
            }
            kept = lead + kept[first...]
        }
        while let copy = Self.repeatedCopies(in: kept, document: document) {
            for block in kept[copy] { removed.append(RemovedEntry(text: Self.clip(block.text), reason: .repeatedCopy)) }
            kept.removeSubrange(copy)
        }
        if let gallery = EmbeddedGallery.range(in: kept) {
            for block in kept[gallery] { removed.append(RemovedEntry(text: Self.clip(block.text), reason: .caption)) }
            kept.removeSubrange(gallery)
        }
        // An author bio box closes the article: "About the author" and what follows.
        if let bio = ArticleTailAndStamps.authorBioStart(in: kept) {
            for block in kept[bio...] { removed.append(RemovedEntry(text: Self.clip(block.text), reason: .byline)) }
            kept.removeSubrange(bio...)
        }
        // A heading with nothing after it introduces something we removed.
        while let last = kept.last, last.isHeading || last.isShortLabel(maxWords: 3) {
            removed.append(RemovedEntry(text: Self.clip(last.text), reason: .related))
            kept.removeLast()
        }
        return Output(paragraphs: kept.map(\.text), removed: removed, bylineNames: bylineNames, blocks: blocks)
    }

    /// Where the body is rendered twice in different places (a summary and again in a
    /// slideshow, a print copy): runs of at least two paragraphs that repeat an earlier run
    /// word for word, under another parent element. Repeats side by side in one element
    /// are the author's and stay.
    static func repeatedCopies(in kept: [TextBlock], document: HTMLDocument) -> Range<Int>? {
        // Keyed by a hash of the UTF-8 bytes (String's own hashing normalises every scalar,
        // the dearer part of this check); a hit is confirmed by comparing the texts.
        var firstIndex: [Int: Int] = [:]
        for (index, block) in kept.enumerated() where block.length >= 60 {
            var text = block.text
            let key = text.withUTF8 { bytes in
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                return hasher.finalize()
            }
            guard let earlier = firstIndex[key], kept[earlier].text == block.text else {
                if firstIndex[key] == nil { firstIndex[key] = index }
                continue
            }
            var run = 0
            var bytes = 0
            while index + run < kept.count, earlier + run < index, kept[index + run].text == kept[earlier + run].text {
                bytes += kept[index + run].text.utf8.count
                run += 1
            }
            if run >= 2, bytes >= 150, document.parents[kept[index].container] != document.parents[kept[earlier].container] {
                return index..<(index + run)
            }
        }
        return nil
    }

    static func isBodyParagraph(_ block: TextBlock) -> Bool {
        !block.isHeading && block.linkDensity < 0.5 && block.length >= 60 && block.endsLikeSentence
    }

    /// Why a block inside the article container is still not article text.
    static func furnitureReason(_ block: TextBlock, title: ComparableTitle?) -> RemovalReason? {
        if block.kind == .heading(1) { return .duplicateTitle }
        if let title, !title.text.isEmpty, block.length < title.utf8Count * 2 + 10, block.length * 2 + 10 > title.scalarCount,
           comparableText(block.text, equals: title.text, titleIsNFCStarters: title.isNFCStarters) {
            return .duplicateTitle
        }
        if block.kind == .caption { return .caption }
        if block.isTeaser { return .related }
        if block.linkDensity > 0.6 && (block.length < 200 || block.kind == .listItem),
           !(block.text.hasPrefix("http") && !block.text.contains(" ")),  // a URL written out is text
           !Self.isProseAroundLinks(block) {
            return .linkList
        }
        if let reason = BoilerplateLines.classify(block.text) { return reason }
        if block.length <= 60, DateLineDetector.isDateLine(block.text) { return .byline }
        if let reason = LeakedFurniture.reason(block) { return reason }
        if ArticleTailAndStamps.isTimestampLine(block) { return .byline }
        return nil
    }

    /// A sentence of the author's own that links some of its words ("Neil has patches up
    /// to <a>improve the unloader</a>, and <a>show UI on crashes</a>"): it opens with plain
    /// words, not with a link as a related-links item or a teaser does, nor with a label
    /// ("Tags: …", "Source: …", "Iowa Supreme Court: http://…").
    static func isProseAroundLinks(_ block: TextBlock) -> Bool {
        guard block.leadingLinkLength == 0, block.length - block.linkLength >= 20 else { return false }
        return !block.text.unicodeScalars.prefix(40).contains(":")
    }

    /// The page title as blocks are compared with it, with what every comparison asked of
    /// it (its lengths, whether all its scalars are NFC starters) worked out once.
    struct ComparableTitle {
        let text: String
        let utf8Count: Int
        let scalarCount: Int
        let isNFCStarters: Bool

        init(_ text: String) {
            self.text = text
            utf8Count = text.utf8.count
            scalarCount = text.unicodeScalars.count
            isNFCStarters = text.unicodeScalars.allSatisfy { HTMLContentExtractor.isNFCStarter($0.value) }
        }
    }

    /// Letters and digits only, lower-cased: "Budget passes!" and "budget  passes" compare equal.
    static func comparable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    scalars.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    scalars.append(Unicode.Scalar(value + 0x20)!)
                }
            } else if value < ComparableScalars.tableLimit, ComparableScalars.table[Int(value)] != ComparableScalars.unmapped {
                let lower = ComparableScalars.table[Int(value)]
                if lower != ComparableScalars.dropped, let lowerScalar = Unicode.Scalar(lower) { scalars.append(lowerScalar) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// `comparable(text) == title` without building the comparable string: its scalars are
    /// compared with the title's as they are produced. Exact whenever every scalar on both
    /// sides `isNFCStarter` (then both strings are in NFC and canonical equivalence is
    /// plain scalar equality); any other scalar hands the decision to the general comparison.
    static func comparableText(_ text: String, equals title: String) -> Bool {
        comparableText(text, equals: title, titleIsNFCStarters: title.unicodeScalars.allSatisfy { isNFCStarter($0.value) })
    }

    /// The same, with the title's check done once a page (see `ComparableTitle`).
    static func comparableText(_ text: String, equals title: String, titleIsNFCStarters: Bool) -> Bool {
        guard titleIsNFCStarters else { return comparable(text) == title }
        var expected = title.unicodeScalars.makeIterator()
        var differs = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            let value = scalar.value
            if value < 0x80 {
                var lower = value
                if value >= 0x41 && value <= 0x5A {
                    lower = value + 0x20
                } else if !((value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)) {
                    continue
                }
                if !differs, expected.next()?.value != lower {
                    differs = true
                    // Only a non-ASCII scalar could still hand the answer to `comparable`:
                    // an ASCII rest settles it now.
                    if text.utf8[index...].allSatisfy({ $0 < 0x80 }) { return false }
                }
            } else if value < ComparableScalars.tableLimit, ComparableScalars.table[Int(value)] != ComparableScalars.unmapped {
                let lower = ComparableScalars.table[Int(value)]
                if lower == ComparableScalars.dropped { continue }
                if !isNFCStarter(lower) { return comparable(text) == title }
                if !differs, expected.next()?.value != lower { differs = true }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for produced in scalar.properties.lowercaseMapping.unicodeScalars {
                    if !isNFCStarter(produced.value) { return comparable(text) == title }
                    if !differs, expected.next() != produced { differs = true }
                }
            }
        }
        return !differs && expected.next() == nil
    }

    /// Scalars with combining class 0 and NFC quick-check "yes" that never combine with a
    /// neighbour: below U+0300 (ASCII, Latin-1, Latin Extended), Cyrillic without its
    /// combining marks (U+0483-0489), and precomposed Hangul syllables (jamo excluded).
    /// A string made only of these is in NFC.
    static func isNFCStarter(_ value: UInt32) -> Bool {
        value < 0x300 || (0x400...0x482).contains(value) || (0x48A...0x4FF).contains(value) || (0xAC00...0xD7A3).contains(value)
    }

    /// The first `auditTextLimit` scalars and an ellipsis. Stops counting at the cut
    /// instead of counting (and re-appending) every scalar of a long block.
    static func clip(_ text: String) -> String {
        guard text.utf8.count > auditTextLimit else { return text }
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: auditTextLimit, limitedBy: scalars.endIndex),
              cut != scalars.endIndex
        else { return text }
        return String(scalars[..<cut]) + "…"
    }
}
