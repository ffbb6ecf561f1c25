/// The adversarial articles of `newsflow bench limits`: each built to hit one way a stage
/// could go super-linear (no newlines, thousands of quotes, every word capitalised, 10^5
/// names, deep or wide HTML, CJK with no spaces, ...). Deterministic, any size.
enum AdversarialInput: String, CaseIterable {
    case prose, oneLine = "one-line", quotes, capitals, names, deepHTML = "deep-html", tables, cjk, rtl, emoji

    var contentType: String {
        switch self {
        case .deepHTML, .tables: "text/html"
        default: "text/plain"
        }
    }

    /// About `bytes` bytes of this input (never more).
    func generate(bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 4096)
        var i = 0
        func add(_ s: String) { out.append(contentsOf: s.utf8) }
        /// Appends `unit(i)` for i = 0, 1, 2, ... until the input reaches `bytes`.
        func repeatUntilFull(_ unit: (Int) -> String) {
            while out.count < bytes {
                add(unit(i))
                i += 1
            }
        }
        switch self {
        case .prose:
            repeatUntilFull { i in "Officials in Brussels met on Tuesday to discuss paragraph \(i) of the budget. “We will not stop now,” said Maria Keller, the minister, adding that the vote was close. Critics disagreed.\n\n" }
        case .oneLine:
            repeatUntilFull { i in "officials met on day \(i) and said the plan was fine and then some more words followed, " }
        case .quotes:
            repeatUntilFull { i in i % 3 == 0 ? "he said \"yes \(i) and \"no\" and “ then ‘ «" : "she said “maybe \(i)” and " }
        case .capitals:
            repeatUntilFull { i in "The Quick Brown Fox \(i) Jumps Over The Lazy Dog And Said “Hello” Again " }
        case .names:
            repeatUntilFull { i in "Zoran\(Self.letters(i)) Kelowski\(Self.letters(i &* 7)) met Anna\(Self.letters(i &* 13)) Borg in Vel\(Self.letters(i)) City. " + (i % 20 == 19 ? "\n\n" : "") }
        case .deepHTML:
            add("<html><head><title>Deep</title></head><body>")
            let tail = "</body></html>"
            var depth = 0
            while out.count + depth * 6 + tail.utf8.count < bytes {
                add(depth % 2 == 0 ? "<div><p>Officials met on day \(i) to discuss the budget. " : "<span>and more text \(i) ")
                depth += 1
                i += 1
            }
            for level in stride(from: depth - 1, through: 0, by: -1) { add(level % 2 == 0 ? "</p></div>" : "</span>") }
            add(tail)
        case .tables:
            add("<html><head><title>Tables</title></head><body><article><h1>Figures</h1>")
            while out.count + 200 < bytes {
                add("<table><tr><th>Year</th><th>Value \(i)</th></tr>")
                for row in 0..<10 { add("<tr><td>\(2000 + row)</td><td>\(i * 10 + row) units</td></tr>") }
                add("</table><p>The table above shows the figures for region \(i) over ten years.</p>")
                i += 1
            }
            add("</article></body></html>")
        case .cjk:
            repeatUntilFull { i in "北京市政府今天宣布新的政策第\(i)号“我们将继续努力”他说经济增长" + (i % 50 == 49 ? "\n\n" : "") }
        case .rtl:
            repeatUntilFull { i in "قال الوزير محمد \(i) إن «الخطة جيدة» وأضاف أن التصويت قريب. שר החוץ אמר כי \"התוכנית טובה\".\n\n" }
        case .emoji:
            repeatUntilFull { i in "Zoë said 👍🏽 the plan é\u{301}\u{302} was “fine” 🇫🇷👨‍👩‍👧 \(i) and " + (i % 40 == 39 ? "\n\n" : "") }
        }
        // Cut at a UTF-8 boundary; HTML inputs end with their closing tags already.
        if out.count > bytes, contentType != "text/html" {
            var cut = bytes
            while cut > 0, out[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.removeSubrange(cut...)
        }
        return out
    }

    /// Letters for a number, so names are distinct words without digits (10^5 distinct names).
    private static func letters(_ n: Int) -> String {
        var n = abs(n) % 100_000
        var s = ""
        for _ in 0..<4 {
            s.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        }
        return s
    }
}
