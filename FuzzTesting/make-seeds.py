#!/usr/bin/env python3
"""Writes the committed seeds (FuzzTesting/corpus/<kind>/: records, html, json-ld, text)
from the bad-input cases of the unit tests. Every target starts from all of them plus
samples/articles/ (scripts/fuzz, SeedCorpusTests), so each case is written once. Rerun
after changing a case here; the output is deterministic. Each seed stays small (the
deep-nesting cases are a few KB) so every seed runs fast as a regression test."""
import json, os

root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(root)
corpus = os.path.join(root, "corpus")
paragraph = ("The minister said on Tuesday that the new budget would raise spending on schools and hospitals, "
             "and that the cuts announced last year would be reversed.")

def write(target, name, data):
    os.makedirs(os.path.join(corpus, target), exist_ok=True)
    if isinstance(data, str): data = data.encode("utf-8")
    open(os.path.join(corpus, target, name), "wb").write(data)

def envelope(**fields): return json.dumps(fields).encode()

# Text shapes for the text-level targets (tokenizer, entities, quotes, plain text).
texts = {
    "prose.txt": (paragraph + "\n\n") * 3,
    "one-line-no-newline.txt": (paragraph + " ") * 4,
    "quote-said.txt": "\u201cWe will not back down,\u201d Antony Blinken said on Monday. \"It matters,\" she said.\n",
    "unbalanced-quotes.txt": "\u201c\u201c\" \u201d said \u201c open \"\" \u2018 it\u2019s \u00ab guillemets \u00bb \u201cnever closed\n",
    "many-quote-marks.txt": "\"a\" " * 200 + "\u201c" * 50,
    "all-capitalised.txt": "THE PRIME MINISTER OF THE UNITED KINGDOM SAID \u201cNO DEAL\u201d TO THE EUROPEAN UNION IN BRUSSELS.\n",
    "distinct-names.txt": " ".join(f"Name{n} Surname{n} met Org{n} Inc in City{n}." for n in range(60)),
    "cjk-no-spaces.txt": "\u5916\u4ea4\u90e8\u957f\u5728\u5317\u4eac\u8868\u793a\u300c\u6211\u4eec\u4e0d\u4f1a\u8ba9\u6b65\u300d\u3002" * 5,
    "right-to-left.txt": "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0646 \u0646\u062a\u0631\u0627\u062c\u0639\u00bb \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646.\n\u05e9\u05dc\u05d5\u05dd \"\u05e2\u05d5\u05dc\u05dd\" \u05d0\u05de\u05e8.\n",
    "emoji-combining.txt": "Cafe\u0301 \U0001F469\u200D\U0001F469\u200D\U0001F467 said \u201ce\u0301\u0301\u0301 \U0001F1FA\U0001F1F8\u201d Z\u0351\u0352\u0353alg\u0354o.\n",
    "numbers-money-dates.txt": "On 3 March 2024 the firm paid $4.5 billion, up 12% from 1,200 units. Dr. Smith, U.S. Sen. J. Doe said so.\n",
    "abbreviations.txt": "Mr. J. R. R. Tolkien Jr. of St. Louis, Mo., met Gen. U.S. Grant at 5 p.m. e.g. in the U.K.\n",
    "blank-lines-only.txt": "\n\n \t\n\u00a0\u2028\u2029\n",
    "zero-width.txt": "A\u200bB\u200c C\u200d \ufeff\u201c\u200b\u201d said Zed\u200b.\n",
    "control-characters.txt": "line\u0001one\u0000two\u0007\r\nthree\u000bfour\u000c\u0085five\n",
    "replacement-characters.txt": "\ufffd\ufffd \ufffdsaid\ufffd \u201c\ufffd\u201d\n",
    "byline-and-title.txt": "Budget passes after all-night session\nBy Jane Doe and John Roe\n\nThe minister said on Tuesday the budget passed.\n\nRelated: More on the budget\nAdvertisement\n",
    "wrapped-lines.txt": "The minister said on Tuesday that the new\nbudget would raise spending on schools\nand hospitals.\n\nSecond paragraph\nis wrapped too.\n",
}
for name, text in texts.items(): write("text", name, text)

# HTML: the shapes of RobustnessTests, PrefilterCompactionTests etc.
html = {
    "malformed.html": "<html><body><div class=story><p>Unclosed paragraph one that runs long enough, with a comma, and a full stop."
        "<p>Second <b>bold <i>nested</b> wrongly</i> closed.</span></div></table><p attr=\"unterminated>Third & last &amp; &bogus; here.",
    "deep-nesting.html": "<html><body>" + "<div>" * 2000 + "<p>" + paragraph + "</p>" + "</div>" * 2000 + "</body></html>",
    "unclosed-deep-nesting.html": "<html><body>" + "<span><div><b>" * 700 + "<p>" + paragraph,
    "scripts-styles-comments.html": "<html><head><style>p{}</style><script>var s='<p>x</p>';</script><!-- <p>c</p> -->"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"LD\"}</script></head>"
        "<body><svg><text>svg</text></svg><noscript>ns</noscript><template><p>t</p></template><p>" + paragraph + "</p></body></html>",
    "attributes.html": "<div title=\"a>b\" class='story main' id=x hidden aria-hidden=\"true\" style=\"display:none\"><p data-x=\"<script\">"
        + paragraph + "</p></div><a href=\"/x\">link</a><div  >",
    "meta-and-head.html": "<html lang=en><head><meta charset=\"iso-8859-1\"><title>T \u2013 Site</title><meta property=\"og:title\" content=\"OG\">"
        "<meta name=\"author\" content=\"Jane Doe\"><link rel=canonical href=\"/news/x\"><base href=\"/\">visible head text</head>"
        "<body><time datetime=\"2024-01-02\">Jan 2</time><p>" + paragraph + "</p></body></html>",
    "tables.html": "<table>" + "<tr><td>cell</td><td>" + paragraph[:40] + "</td></tr>" * 50 + "</table>",
    "odd-markup.html": "<?php echo 1 ?><![CDATA[ x ]]></script><textarea><p>raw</textarea><select><option>o<P><DIV ID=main>\u0000\u0001\ufffe\ue000AAAA</div  ><p/>",
    "entities-and-unicode.html": "<p>&eacute;&#233;&#x1F600;&#0;&#xD800;&#1114112;&amp;&lt;script&gt; \u00e9 \u4e2d\u6587 \u0639\u0631\u0628\u064a</p>",
    "only-boilerplate.html": "<html><body><nav><a href=#>Home</a></nav><footer>Copyright 2024. All rights reserved.</footer></body></html>",
    "latin1-meta.html": b"<html><head><meta charset=iso-8859-1></head><body><p>Caf\xe9 cr\xe8me, na\xefve \x93quoted\x94.</p></body></html>",
}
for name, data in html.items(): write("html", name, data)

# JSON-LD blocks (the bodies of ld+json scripts), well-formed and not.
jsonld = {
    "news-article.json": '{"@type":"NewsArticle","headline":"Budget passes","articleBody":"' + paragraph + '\\n\\n' + paragraph
        + '","datePublished":"2023-12-20T19:14:00Z","author":[{"@type":"Person","name":"Jane Doe"}]}',
    "graph.json": '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle","Article"],'
        '"headline":"Ferry terminal to open","author":{"name":"A"},"publisher":{"@type":"Organization","name":"P"}}]}',
    "array-of-articles.json": '[{"@type":"Article","headline":"One"},{"@type":"ReportageNewsArticle","articleBody":"' + paragraph + '"}]',
    "escapes.json": '{"@type":"NewsArticle","headline":"\\u00e9\\ud83d\\ude00\\ud800 lone \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t","articleBody":"\\u0000x"}',
    "numbers-literals.json": '{"a":-0.5e+10,"b":true,"c":false,"d":null,"e":1E400,"f":[1,2,[3,[4]]],"@type":"NewsArticle"}',
    "deep-nesting.json": '{"@type":"NewsArticle","x":' + "[" * 600 + "]" * 600 + ',"headline":"deep"}',
    "truncated.json": '{"@type":"NewsArticle","headline":"cut off',
    "trailing-garbage.json": '{"@type":"NewsArticle","headline":"H"} trailing {',
    "not-json.json": "<p>not json</p>",
    "unicode-keys.json": '{"h\u00e9adline":"x","@type":"NewsArticle","author":"\u0639\u0631\u0628\u064a"}',
}
for name, data in jsonld.items(): write("json-ld", name, data)

# Raw record values for the decoder and the charset decoder.
raw = {
    "envelope.json": envelope(id="a1", url="https://example.com/a", source="Example", title="Budget passes",
                              published_at="2024-01-02", language="en", content_type="text/plain", body=paragraph),
    "envelope-html.json": envelope(content_type="text/html", body="<p>" + paragraph + "</p>"),
    "envelope-wrong-type.json": b'{"body": 42, "title": ["x"]}',
    "envelope-missing-body.json": b'{"title": "x"}',
    "envelope-blank-body.json": b'{"body": " \\n\\t "}',
    "envelope-invalid-json.json": b'{"body": "x",',
    "envelope-nested-513.json": b'{"body":"x","extra":' + b"[" * 513 + b"]" * 513 + b"}",
    "envelope-nested-512.json": b'{"body":"x","extra":' + b"[" * 511 + b"]" * 511 + b"}",
    "envelope-brackets-in-strings.json": b'{"body":"[[[{{{ \\" ]]] \\\\","x":"[[["}',
    "envelope-unclosed-deep.json": b"{" + b'"a":[' * 700,
    "bom-utf8.txt": b"\xef\xbb\xbf" + paragraph.encode(),
    "latin1-meta.html": b'<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9 na\xefve</body></html>',
    "windows-1252-quotes.txt": b"\x93Quoted\x94 and \x91single\x92 \x80 \x85",
    "meta-koi8.html": b"<meta charset=koi8-r><p>\xc1\xc2\xd7</p>",
    "invalid-utf8.txt": b"ok \xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc",
    "overlong-and-surrogates.txt": b"\xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80",
    "truncated-sequence.txt": b"end \xe2\x82",
    "binary.bin": bytes(range(256)),
    "whitespace-only.txt": b" \n\t\r ",
    "json-after-whitespace.json": b' \n\t{"body":"x"}',
    # Found by fuzz-text-decoding: an empty charset parameter was returned as the charset "".
    "crash-empty-charset-parameter.txt": b'text/html; charset=""',
}
for name, data in raw.items(): write("records", name, data)

if __name__ == "__main__":
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
    print(f"{sum(len(fs) for _, _, fs in os.walk(corpus))} seeds, {total} bytes in {corpus}")
