/// Default topic names of the pipeline; every one can be overridden by configuration.
public enum Topics {
    public static let raw = "articles.raw"
    public static let clean = "articles.clean"
    public static let entities = "articles.entities"
    public static let enriched = "articles.enriched"
    public static let deadLetter = "articles.dlq"
}
