/// Guesses HTML vs plain text for payloads that came without a content type.
public enum ContentTypeSniffer {
    /// HTML when the first non-blank characters open a tag we expect to start a page
    /// or fragment (`<!doctype`, `<html`, `<head>`, `<body`, `<div`, `<p>`, `<article`, ...).
    public static func sniff(_ body: String) -> ContentType {
        let head = body.utf8.prefix(2048)
        guard let first = head.firstIndex(where: { !isASCIIWhitespace($0) }), head[first] == UInt8(ascii: "<") else {
            return .plainText
        }
        let opening = String(decoding: head[first...].prefix(16), as: UTF8.self).lowercased()
        let htmlOpeners = ["<!doctype", "<html", "<head", "<body", "<div", "<p>", "<p ", "<article", "<main", "<meta", "<!--", "<section", "<h1", "<title"]
        return htmlOpeners.contains(where: opening.hasPrefix) ? .html : .plainText
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Maps a `content-type` header value ("text/html; charset=utf-8") to a ContentType.
    public static func fromHeader(_ value: String) -> ContentType? {
        let mime = value.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        switch mime {
        case "text/html", "application/xhtml+xml": return .html
        case "text/plain": return .plainText
        default: return nil
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
