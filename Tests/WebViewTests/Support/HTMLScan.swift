/// A small HTML tokenizer for tests, following the parts of the HTML parsing rules that
/// decide where a tag and an attribute end: what a browser would see as elements and
/// attributes. Text inside `<script>`, `<style>`, and comments is skipped.
struct HTMLScan {
    struct Tag {
        let name: String
        let closing: Bool
        let attributes: [(name: String, value: String)]

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    let tags: [Tag]
    /// The text between tags (entities left as written).
    let text: String

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        var tags: [Tag] = []
        var text = String.UnicodeScalarView()
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        func isAlpha(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        while i < s.count {
            if s[i] == "<", i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                i = j + 3
                continue
            }
            if s[i] == "<", i + 1 < s.count, isAlpha(s[i + 1]) || (s[i + 1] == "/" && i + 2 < s.count && isAlpha(s[i + 2])) || s[i + 1] == "!" {
                var j = i + 1
                let closing = s[j] == "/"
                if closing { j += 1 }
                if s[j] == "!" { // doctype
                    while j < s.count, s[j] != ">" { j += 1 }
                    i = j + 1
                    continue
                }
                var name = ""
                while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "/" { name.unicodeScalars.append(s[j]); j += 1 }
                var attributes: [(String, String)] = []
                while j < s.count, s[j] != ">" {
                    if isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                    var attrName = ""
                    while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "=", s[j] != "/" || attrName.isEmpty { attrName.unicodeScalars.append(s[j]); j += 1 }
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    var value = ""
                    if j < s.count, s[j] == "=" {
                        j += 1
                        while j < s.count, isSpace(s[j]) { j += 1 }
                        if j < s.count, s[j] == "\"" || s[j] == "'" {
                            let quote = s[j]
                            j += 1
                            while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                            j += 1
                        } else {
                            while j < s.count, !isSpace(s[j]), s[j] != ">" { value.unicodeScalars.append(s[j]); j += 1 }
                        }
                    }
                    attributes.append((attrName.lowercased(), value))
                }
                let tag = Tag(name: name.lowercased(), closing: closing, attributes: attributes)
                tags.append(tag)
                i = j + 1
                // Raw text elements: skip to their end tag.
                if !closing, tag.name == "script" || tag.name == "style" {
                    let end = Array("</\(tag.name)".unicodeScalars)
                    var k = i
                    while k + end.count <= s.count, Array(s[k..<(k + end.count)]).map({ Character($0).lowercased() }) != end.map({ Character($0).lowercased() }) { k += 1 }
                    i = k
                }
                continue
            }
            text.append(s[i])
            i += 1
        }
        self.tags = tags
        self.text = String(text)
    }

    /// The few character references the view writes, decoded as a browser would.
    static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#96;", with: "`").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    func opening(_ name: String) -> [Tag] { tags.filter { $0.name == name && !$0.closing } }
}
