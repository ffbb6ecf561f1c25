/// Every harness under the name of its libFuzzer executable (`fuzz-<name>` in FuzzTesting/)
/// and of its seed folder (`FuzzTesting/corpus/<name>/`), so the tests that replay the seeds
/// and `scripts/fuzz` agree on one list.
public enum FuzzTargetCatalogue {
    public struct Target: Sendable {
        public let name: String
        public let run: @Sendable (UnsafeRawBufferPointer) -> Void
    }

    public static let all: [Target] = [
        Target(name: "raw-article", run: fuzzRawArticleDecoder),
        Target(name: "text-decoding", run: fuzzTextDecoding),
        Target(name: "html", run: fuzzHTML),
        Target(name: "json-ld", run: fuzzJSONLD),
        Target(name: "plain-text", run: fuzzPlainText),
        Target(name: "tokenizer", run: fuzzTokenizer),
        Target(name: "entities", run: fuzzEntityRecognizer),
        Target(name: "quotes", run: fuzzQuoteExtractor),
    ]
}
