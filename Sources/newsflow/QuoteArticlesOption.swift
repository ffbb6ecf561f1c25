import ArgumentParser

/// `--articles`: the JSONL of `{"id", "text"}` articles that `eval quotes` and
/// `bench quotes` both read.
struct QuoteArticlesOption: ParsableArguments {
    @Option(help: "JSONL of {\"id\", \"text\"} articles.")
    var articles: String
}
