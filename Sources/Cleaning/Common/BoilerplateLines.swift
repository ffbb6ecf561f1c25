import Foundation

/// Recognises short lines that are page furniture rather than article text, in scraped
/// plain text and in HTML blocks alike: comment-form prompts, share and subscribe calls,
/// cookie notices, "Read more" links, advert labels, photo credits and bylines.
enum BoilerplateLines {
    /// Only lines up to this many characters are judged: real paragraphs are longer.
    static let maxJudgedLength = 160

    /// Legal notices run longer ("© 2005 The Associated Press. All rights reserved. This
    /// material may not be published, broadcast, rewritten or redistributed."): lines up to
    /// this many characters are searched for their wording (`legalNotices`) alone.
    static let maxLegalNoticeLength = 400

    static func classify(_ line: String) -> RemovalReason? {
        var copy = line
        return copy.withUTF8 { bytes -> RemovalReason? in
            guard !bytes.isEmpty, bytes.count <= maxLegalNoticeLength * 4 else { return nil }
            let length = TextNormalizer.scalarCount(bytes)
            guard length <= maxLegalNoticeLength else { return nil }
            // ASCII-lower-cased bytes, on the stack: every pattern below is matched on these.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> RemovalReason? in
                for index in bytes.indices {
                    let byte = bytes[index]
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                let lower = UnsafeBufferPointer(buffer)
                if length > maxJudgedLength { return isLongLegalNotice(lower) ? .footer : nil }
                return classify(line, bytes: bytes, lower: lower, length: length)
            }
        }
    }

    /// The rules of `classify`, on the line's bytes and their ASCII-lower-cased copy.
    private static func classify(
        _ line: String, bytes: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>, length: Int
    ) -> RemovalReason? {
        let trimmed = trimLabel(lower[...])
        if trimmed.count <= 48, exactLabelGate.mayContain(trimmed),
           let reason = exactLabels[String(decoding: trimmed, as: UTF8.self)] {
            return reason
        }
        // Only the prefixes starting with the line's first byte can match (same order as `prefixes`).
        if let first = trimmed.first {
            for (prefix, reason) in prefixesByFirstByte[Int(first)] where trimmed.starts(with: prefix) { return reason }
        }
        // Fragments and markers are searched for only when all their byte pairs occur in the line.
        let pairs = BytePairFilter(lower)
        for (fragment, reason) in fragmentBytes where pairs.mayContain(fragment) && contains(lower, fragment.bytes) {
            return reason
        }
        if isByline(line) { return .byline }
        if trimmed.starts(with: Array("follow ".utf8)), socialNetworks.contains(where: { contains(lower, Array($0.utf8)) }) {
            return .share
        }
        // "More:", "Filed under:", "Related coverage:" introduce lists, not text.
        if isIntroducer(bytes: bytes, length: length) { return .related }
        // An ASCII letter or digit settles it without the Unicode property lookups.
        if !bytes.contains(where: isASCIILetterOrDigit),
           !line.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return .navigation
        }
        if length <= 120, photoCreditMarkers.contains(where: { pairs.mayContain($0) && contains(lower, $0.bytes) }) {
            return .photoCredit
        }
        return nil
    }

    /// A long line with a legal notice's own wording, or a copyright line ("© 2005 …
    /// All rights reserved"): prose may say "all rights reserved" in passing, but does not
    /// open with the copyright sign.
    private static func isLongLegalNotice(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        let pairs = BytePairFilter(lower)
        if legalNoticeBytes.contains(where: { pairs.mayContain($0) && contains(lower, $0.bytes) }) { return true }
        let opensWithCopyright = lower.starts(with: "©".utf8) || lower.starts(with: "copyright".utf8)
        return opensWithCopyright && contains(lower, Array("all rights reserved".utf8))
    }

    /// A short line ending in a colon: it introduces what follows ("More:", "Ingredients:").
    /// Plain text has no markup to tell a list of links from text, so such a line is
    /// boilerplate there; the HTML extractor keeps it when the next block is kept text.
    static func isIntroducer(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { isIntroducer(bytes: $0, length: TextNormalizer.scalarCount($0)) }
    }

    private static func isIntroducer(bytes: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        length <= 30 && bytes.last == UInt8(ascii: ":")
    }

    /// Strips the punctuation and bullets that decorate labels ("» Read more:", "Share |").
    private static func trimLabel(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var slice = bytes
        var changed = true
        while changed, !slice.isEmpty {
            changed = false
            if let first = slice.first, isTrimmedASCII(first) { slice = slice.dropFirst(); changed = true; continue }
            if let last = slice.last, isTrimmedASCII(last) { slice = slice.dropLast(); changed = true; continue }
            for decoration in labelDecorations {
                if slice.starts(with: decoration) { slice = slice.dropFirst(decoration.count); changed = true; break }
                if slice.count >= decoration.count, slice.suffix(decoration.count).elementsEqual(decoration) {
                    slice = slice.dropLast(decoration.count); changed = true; break
                }
            }
        }
        return slice
    }

    /// ASCII punctuation around labels: space . : ! | > - (a switch, not a Set built per call).
    private static func isTrimmedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x2E, 0x3A, 0x21, 0x7C, 0x3E, 0x2D: return true
        default: return false
        }
    }

    /// Bullets and dashes around labels, UTF-8: • · – — » ›.
    private static let labelDecorations: [[UInt8]] = [
        [0xE2, 0x80, 0xA2], [0xC2, 0xB7], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xC2, 0xBB], [0xE2, 0x80, 0xBA],
    ]

    /// Substring test on bytes: `memchr` to each candidate first byte, then `memcmp`.
    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { pattern in
            guard let n = pattern.baseAddress, pattern.count > 0 else { return true }
            guard let h = hay.baseAddress, hay.count >= pattern.count else { return false }
            let last = hay.count - pattern.count  // last possible start
            var i = 0
            while i <= last {
                guard let found = memchr(h + i, Int32(n.pointee), last - i + 1) else { return false }
                let at = h.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(h + at, n, pattern.count) == 0 { return true }
                i = at + 1
            }
            return false
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// `prefixes` as bytes, bucketed by first byte, each bucket in the original order.
    private static let prefixesByFirstByte: [[([UInt8], RemovalReason)]] = {
        var buckets = [[([UInt8], RemovalReason)]](repeating: [], count: 256)
        for (prefix, reason) in prefixes {
            let bytes = Array(prefix.utf8)
            if let first = bytes.first { buckets[Int(first)].append((bytes, reason)) }
        }
        return buckets
    }()
    private static let fragmentBytes: [(BytePairFilter.Needle, RemovalReason)] = fragments.map {
        (BytePairFilter.Needle(Array($0.0.utf8)), $0.1)
    }
    private static let legalNoticeBytes = legalNotices.map { BytePairFilter.Needle(Array($0.utf8)) }
    private static let exactLabelGate = ByteLabelGate(exactLabels.keys.map { Array($0.utf8) })
    private static let photoCreditMarkers: [BytePairFilter.Needle] = [
        "photo:", "photo by", "photograph:", "image:", "image by", "picture:", "credit:", "(photo", "(image",
        "getty images", "/ afp", "/afp", "via reuters", "/ reuters", "(ap photo", "ap photo/", "file photo",
        "shutterstock", "istock", "foto:", "bild:",
    ].map { BytePairFilter.Needle(Array($0.utf8)) }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by ...".
    static func isByline(_ line: String) -> Bool {
        guard let first = line.utf8.first, "bBwWrRvVpP".utf8.contains(first) else { return false }
        let length = line.unicodeScalars.count
        guard length <= 100 else { return false }
        let lower = line.lowercased()
        guard lower.hasPrefix("by ") || lower.hasPrefix("written by ") || lower.hasPrefix("words by ")
                || lower.hasPrefix("reporting by ") || lower.hasPrefix("von ") || lower.hasPrefix("por ") || lower.hasPrefix("par ")
        else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 14 else { return false }
        // Names are capitalised; a sentence starting with "By the time ..." is not a byline.
        let second = words[1]
        return second.first.map { $0.isUppercase } ?? false
    }

    static func bylineNames(_ line: String) -> [String] {
        var rest = Substring(line)
        for prefix in ["Written by ", "Words by ", "Reporting by ", "By ", "by ", "BY ", "Von ", "Por ", "Par "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        if let cut = rest.firstIndex(where: { $0 == "|" || $0 == "•" }) { rest = rest[..<cut] }
        let parts = rest.replacingOccurrences(" and ", with: ",").split(separator: ",")
        return parts.map { TextNormalizer.collapseWhitespace($0) }.filter { name in
            let words = name.split(separator: " ")
            return words.count >= 2 && words.count <= 5 && words.allSatisfy { $0.first?.isUppercase ?? false }
        }
    }

    private static let socialNetworks = ["twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube"]

    private static let exactLabels: [String: RemovalReason] = [
        "advertisement": .advertisement, "advertisements": .advertisement, "advert": .advertisement, "ad": .advertisement,
        "sponsored": .advertisement, "sponsored content": .advertisement, "story continues below advertisement": .advertisement,
        "article continues below advertisement": .advertisement, "continue reading below": .advertisement,
        "anzeige": .advertisement, "publicidad": .advertisement, "publicité": .advertisement,
        "share": .share, "share this": .share, "share this article": .share, "share this story": .share, "share on facebook": .share,
        "share on twitter": .share, "tweet": .share, "email": .share, "print": .share, "facebook": .share, "twitter": .share,
        "whatsapp": .share, "linkedin": .share, "pinterest": .share, "reddit": .share, "copy link": .share, "link copied": .share,
        "read more": .related, "related": .related, "related articles": .related, "related stories": .related,
        "more stories": .related, "recommended": .related, "you may also like": .related, "you might also like": .related,
        "most read": .related, "most popular": .related, "trending": .related, "trending now": .related, "see also": .related,
        "comments": .comments, "leave a reply": .comments, "leave a comment": .comments, "post comment": .comments,
        "add a comment": .comments, "join the conversation": .comments, "show comments": .comments, "view comments": .comments,
        "sign up": .newsletter, "subscribe": .newsletter, "subscribe now": .newsletter, "sign in": .loginPrompt,
        "log in": .loginPrompt, "login": .loginPrompt, "register": .loginPrompt,
        "accept": .cookieNotice, "accept all": .cookieNotice, "accept cookies": .cookieNotice,
        "skip to content": .navigation, "skip to main content": .navigation, "back to top": .navigation, "home": .navigation,
        "menu": .navigation, "search": .navigation, "close": .navigation, "next": .navigation, "previous": .navigation,
        "image": .photoCredit, "photo": .photoCredit, "enlarge this image": .photoCredit, "toggle caption": .photoCredit,
        "hide caption": .photoCredit, "hide caption toggle caption": .photoCredit, "buy photo": .photoCredit,
        // Gallery and video player controls.
        "autoplay": .navigation, "show thumbnails": .navigation, "show captions": .navigation, "hide captions": .navigation,
        "hide thumbnails": .navigation,
        // Placeholders of script-loaded widgets ("Loading ...", "正在加载...").
        "loading": .navigation, "please wait": .navigation, "正在加载": .navigation, "加载中": .navigation,
    ]

    private static let prefixes: [(String, RemovalReason)] = [
        ("please enter your comment", .comments), ("please enter your name", .comments),
        ("you have entered an incorrect email", .comments), ("save my name, email", .comments),
        ("leave a reply", .comments), ("leave a comment", .comments), ("comments are closed", .comments),
        ("you must be logged in to post", .comments), ("log in to comment", .comments), ("sign in to comment", .comments),
        ("to comment, please", .comments), ("view comments", .comments), ("comment on this", .comments),
        ("share this", .share), ("share on", .share), ("share:", .share), ("share via", .share), ("follow us on", .share),
        ("click to share", .share), ("click to email", .share), ("click to print", .share),
        ("sign up for", .newsletter), ("sign up to", .newsletter), ("subscribe now", .newsletter), ("subscribe to", .newsletter), ("subscribe for", .newsletter),
        ("get our newsletter", .newsletter), ("get the latest", .newsletter), ("never miss", .newsletter),
        ("by signing up", .newsletter), ("by subscribing", .newsletter), ("enter your email", .newsletter),
        ("we use cookies", .cookieNotice), ("this site uses cookies", .cookieNotice), ("this website uses cookies", .cookieNotice),
        ("by continuing to browse", .cookieNotice), ("by using this site", .cookieNotice),
        ("read more:", .related), ("read more about", .related), ("read next", .related), ("related:", .related),
        ("see also:", .related), ("also read:", .related), ("more on this story", .related), ("recommended:", .related),
        ("more from", .related), ("click here to read", .related), ("you may also like", .related),
        ("like this topic?", .related),
        ("all rights reserved", .footer), ("©", .footer), ("copyright ©", .footer), ("copyright 20", .footer),
        ("skip to", .navigation), ("(reporting by", .byline), ("reporting by", .byline), ("additional reporting by", .byline),
        ("editing by", .byline), ("(editing by", .byline), ("writing by", .byline), ("compiled by", .byline),
        ("tell us what you think", .comments), ("what do you think?", .comments), ("filed under", .tags), ("to read the full story", .loginPrompt), ("subscribe to read", .loginPrompt),
        ("already have an account", .loginPrompt), ("create a free account", .loginPrompt),
    ]

    /// Legal footers: "The material on this site may not be reproduced, distributed,
    /// transmitted…", wire copy's "This material may not be published, broadcast, rewritten
    /// or redistributed", "Use of this site constitutes acceptance of our User Agreement".
    private static let legalNotices = [
        "may not be reproduced, distributed", "may not be published, broadcast, rewritten", "constitutes acceptance of our",
        // Market-data disclaimers: "Stock quotes are delayed at least 15 minutes for Nasdaq, …".
        "quotes are delayed at least", "quotes delayed at least", "data delayed at least",
    ]

    private static let fragments: [(String, RemovalReason)] = (legalNotices + ["all rights reserved"]).map { ($0, .footer) } + [
        ("please enter your comment", .comments),
        ("to continue reading", .loginPrompt), ("already a subscriber", .loginPrompt), ("subscribe to continue", .loginPrompt),
        ("we use cookies", .cookieNotice), ("use of cookies", .cookieNotice),
        ("sign up for our newsletter", .newsletter), ("subscribe to our newsletter", .newsletter),
        ("newsletter sign up", .newsletter), ("get our free newsletter", .newsletter),
        ("contributed to this report", .byline), ("contributed reporting", .byline), ("contributed to this article", .byline),
        ("may earn an affiliate commission", .advertisement), ("we may earn a commission", .advertisement),
        ("may earn commission", .advertisement),
        ("quotes are delayed", .footer),
    ]
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s)
    }

    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        String(self).replacingOccurrences(target, with: replacement)
    }
}
