/// A linear byte pass run before libxml2 that drops content no extractor reads:
/// comments and the bodies of `<script>` (except JSON-LD), `<style>`, `<svg>`, `<noscript>`
/// and `<template>`. On news pages that is about half of the bytes, so the HTML
/// parser, which is the dominant cost, has half the work. Tags are scanned with their
/// quoted attribute values, so a `<script` inside an attribute is not mistaken for a tag.
///
/// It also drops what the cleaner never reads from the rest: unread attributes (see
/// `copyTag`), unread `<meta>` and `<link>` elements of the head (`HeadZone`), and it can
/// set plain text runs aside so libxml2 reads a short placeholder instead (`SetAsideText`).
///
/// Everything reads the page's UTF-8 as a `Span` and writes into a `ByteSink`;
/// element and attribute names are recognised by their length first, so most names cost
/// one integer compare.
package enum HTMLPrefilter {
    /// The markup for libxml2 and the text runs set aside from it (see `SetAsideText`).
    package struct Page {
        package var markup: [UInt8]
        var setAside: SetAsideText
    }

    /// The pre-filtered markup with all text left in place.
    static func strip(_ html: String) -> [UInt8] {
        strip(html, settingTextAside: false).markup
    }

    /// `droppingUnreadHead: false` keeps every head element (the tests compare both ways).
    package static func strip(_ html: String, settingTextAside: Bool, droppingUnreadHead: Bool = true) -> Page {
        var html = html
        // The one place the page's memory is lent: for this call, as a `Span`.
        return html.withUTF8 { source in
            strip(source.span, settingTextAside: settingTextAside, droppingUnreadHead: droppingUnreadHead)
        }
    }

    /// The pass itself, over the page's UTF-8: text is copied with its whitespace collapsed,
    /// comments and raw-text bodies are skipped, end tags are copied, and start tags go
    /// through `copyElement`.
    static func strip(_ s: Span<UInt8>, settingTextAside: Bool, droppingUnreadHead: Bool) -> Page {
        let count = s.count
        guard count > 0 else { return Page(markup: [], setAside: SetAsideText()) }
        // Kept tags can grow by one byte per attribute (a space where the page had none): rare, and the sink grows.
        var out = ByteSink(capacity: count + count / 16 + 64)
        var hints = HintValueCompactor()
        var runs = TextRuns(enabled: settingTextAside && !SetAsideText.containsMarker(s))
        var head = HeadZone(enabled: droppingUnreadHead)
        var i = 0
        while i < count {
            let lt = s.firstIndex(of: 0x3C, in: i..<count) ?? count  // '<'
            if lt > i {
                head.text(s, from: i, to: lt)
                out.appendCollapsingSpaces(s.extracting(i..<lt))
            }
            i = lt
            guard i < count else { break }
            if s.matches("!--", at: i + 1) {
                i = s.firstIndex(of: "-->", from: i + 4).map { $0 + 3 } ?? count
                continue
            }
            if let tagEnd = endTagEnd(s, at: i) {
                head.endTag(s, nameStart: i + 2, tagEnd: tagEnd)
                runs.close(&out)
                out.append(s.extracting(i..<tagEnd))  // spaces inside are skipped by libxml2 as they are
                runs.open(at: out.count)
                i = tagEnd
                continue
            }
            guard i + 1 < count, isLetter(s[i + 1]) else {
                head.other()
                out.append(0x3C)
                i += 1
                continue
            }
            i = copyElement(s, at: i, into: &out, runs: &runs, head: &head, hints: &hints)
        }
        runs.close(&out)
        return Page(markup: out.makeArray(), setAside: runs.setAside)
    }

    /// Copies (or drops) the element whose start tag begins at `lt` and returns the index
    /// after what was read: the start tag, or for a raw-text element its whole body.
    private static func copyElement(
        _ s: Span<UInt8>, at lt: Int, into out: inout ByteSink, runs: inout TextRuns, head: inout HeadZone,
        hints: inout HintValueCompactor
    ) -> Int {
        let count = s.count
        var nameEnd = lt + 1
        while nameEnd < count, isNameByte(s[nameEnd]) { nameEnd += 1 }
        let tagEnd = endOfTag(s, from: nameEnd)
        guard let raw = rawTextElement(s, lt + 1, nameEnd) else {
            if tagEnd < count, head.dropsStartTag(s, start: lt, nameEnd: nameEnd, tagEnd: tagEnd) { return tagEnd }
            runs.close(&out)
            if tagEnd < count, !keepsAllAttributes(s, lt + 1, nameEnd) || isPlainLink(s, lt + 1, nameEnd, tagEnd) {
                copyTag(s, start: lt, nameEnd: nameEnd, tagEnd: tagEnd, into: &out, hints: &hints)
            } else {
                out.append(s.extracting(lt..<tagEnd))
            }
            runs.open(at: out.count)
            return tagEnd
        }
        head.rawTextElement()
        let close = findClosingTag(s, raw, from: tagEnd)
        // Only a JSON-LD `<script>` keeps its body.
        if raw.utf8CodeUnitCount == 6 && containsIgnoringCase(s, from: nameEnd, to: tagEnd, "ld+json") {
            runs.close(&out)
            out.append(s.extracting(lt..<close))
            runs.open(at: out.count)
        }
        return close
    }

    /// Index just past an end tag `</name ...>` at `lt` as libxml2 reads one (to the first
    /// `>`), or nil when there is none or it holds a `<` (then the bytes go on as text,
    /// as they always did).
    static func endTagEnd(_ s: Span<UInt8>, at lt: Int) -> Int? {
        let count = s.count
        guard lt + 2 < count, s[lt + 1] == 0x2F, isLetter(s[lt + 2]) else { return nil }
        var i = lt + 3
        while i < count {  // end tags are short: a plain loop beats two memchr calls
            let c = s[i]
            if c == 0x3E { return i + 1 }
            if c == 0x3C { return nil }
            i += 1
        }
        return nil
    }

    /// `script`, `style`, `svg`, `noscript` or `template` (the elements whose bodies are
    /// dropped), compared case-insensitively; nil for any other name.
    static func rawTextElement(_ s: Span<UInt8>, _ start: Int, _ end: Int) -> StaticString? {
        switch end - start {
        case 6: return equalsIgnoringCase(s, start, end, "script") ? "script" : nil
        case 5: return equalsIgnoringCase(s, start, end, "style") ? "style" : nil
        case 3: return equalsIgnoringCase(s, start, end, "svg") ? "svg" : nil
        case 8:
            if equalsIgnoringCase(s, start, end, "noscript") { return "noscript" }
            return equalsIgnoringCase(s, start, end, "template") ? "template" : nil
        default: return nil
        }
    }

    /// Elements whose every attribute may be metadata (`<meta property=... content=...>`):
    /// `meta`, `link`, `html`, `time` and `base`.
    static func keepsAllAttributes(_ s: Span<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 4 else { return false }
        return equalsIgnoringCase(s, start, end, "meta") || equalsIgnoringCase(s, start, end, "link")
            || equalsIgnoringCase(s, start, end, "html") || equalsIgnoringCase(s, start, end, "time")
            || equalsIgnoringCase(s, start, end, "base")
    }

    /// A `<link>` that cannot be the canonical one (no "canonical" and no entity in the tag):
    /// metadata reads only `rel`/`href` of canonical links, so the others (stylesheets,
    /// preloads, icons, with long URLs) keep just the attributes every element keeps.
    static func isPlainLink(_ s: Span<UInt8>, _ nameStart: Int, _ nameEnd: Int, _ tagEnd: Int) -> Bool {
        guard equalsIgnoringCase(s, nameStart, nameEnd, "link") else { return false }
        guard s.firstIndex(of: 0x26, in: nameEnd..<tagEnd) == nil else { return false }  // '&'
        return !containsIgnoringCase(s, from: nameEnd, to: tagEnd, "canonical")
    }
}
