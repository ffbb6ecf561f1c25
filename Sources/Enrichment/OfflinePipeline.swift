import Articles

/// All three stages in one process, without Kafka: `newsflow process`, the demo's
/// expectations and tests. Records pass between stages as bytes, exactly as on Kafka.
public struct OfflinePipeline: Sendable {
    public let clean: CleanTransform
    public let entities: EntitiesTransform
    public let quotes: QuotesTransform

    public init(budgets: ArticleBudgets = ArticleBudgets()) throws {
        self.clean = CleanTransform(budgets: budgets)
        self.entities = try EntitiesTransform(budgets: budgets)
        self.quotes = QuotesTransform(budgets: budgets)
    }

    public init(maxArticleBytes: Int) throws {
        try self.init(budgets: ArticleBudgets(maxArticleBytes: maxArticleBytes))
    }

    /// The enriched record for one raw payload, as `articles.enriched` would carry it.
    public func process(_ value: [UInt8], contentType: String? = nil, key: [UInt8]? = nil) throws(TransformFailure) -> TransformedRecord {
        let cleaned = try clean.apply(value: value, key: key, contentType: contentType)
        let withEntities = try entities.apply(value: cleaned.value, key: Array(cleaned.key.utf8), contentType: "application/json")
        return try quotes.apply(value: withEntities.value, key: Array(withEntities.key.utf8), contentType: "application/json")
    }
}
