// swift-tools-version:6.1
import PackageDescription

/// Newsflow: news-article enrichment workers on Kafka.
///
/// Layering (data flows one way): CRdKafka → Kafka → StageRuntime → WorkerApp → Workers;
/// Articles → TextProcessing, Cleaning, EntityRecognition, QuoteAttribution (pure NLP,
/// no Kafka) → Enrichment (the transforms) → Workers, where the two lines meet: which
/// transform each stage runs. `newsflow worker <stage>` and the thin `newsflow-<stage>`
/// mains both run a stage through Workers. Evaluation is linked by the CLI only.
let package = Package(
    name: "newsflow",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsflow", targets: ["newsflow"]),
        .executable(name: "newsflow-cleaner", targets: ["newsflow-cleaner"]),
        .executable(name: "newsflow-entities", targets: ["newsflow-entities"]),
        .executable(name: "newsflow-quotes", targets: ["newsflow-quotes"]),
        // For the libFuzzer package in Fuzz/ (its own Package.swift, built only by `make fuzz`).
        .library(name: "FuzzHarnesses", targets: ["FuzzHarnesses"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        // `newsflow view`: HTML pages from Mustache templates (escaped by default).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // Configuration: flags, then environment, then defaults, through one reader.
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: []),
        // Documentation only: `swift package generate-documentation` (no code links it).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Test-only: DeployTests parses docker-compose.yml.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // MARK: C libraries (Debian packages)
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: Kafka layer: the only code that touches C pointers of librdkafka
        .target(name: "Kafka", dependencies: ["CRdKafka"]),

        // MARK: Records
        .target(name: "Articles"),

        // MARK: Pure NLP (no Kafka)
        .target(name: "TextProcessing", dependencies: ["Articles"]),
        .target(name: "Cleaning", dependencies: ["Articles", "CLibXML2"]),
        .target(
            name: "EntityRecognition",
            dependencies: ["Articles", "TextProcessing"],
            resources: [.copy("Resources")]
        ),
        .target(name: "QuoteAttribution", dependencies: ["Articles", "TextProcessing"]),
        .target(name: "Enrichment", dependencies: ["Articles", "Cleaning", "EntityRecognition", "QuoteAttribution"]),

        // MARK: Fuzzing: invariant-checking harnesses, one per parser; libFuzzer's entry
        // points live in Fuzz/ so that this package's build never links them.
        .target(
            name: "FuzzHarnesses",
            dependencies: ["Articles", "TextProcessing", "Cleaning", "EntityRecognition", "QuoteAttribution"]
        ),

        // MARK: Scorers, corpus readers, trainer and profiler: only the CLI links them
        .target(name: "Evaluation", dependencies: ["Articles", "Cleaning", "EntityRecognition", "QuoteAttribution"]),

        // MARK: Runtime: the consume-transform-produce loop, committers, delivery modes
        .target(
            name: "StageRuntime",
            dependencies: [
                "Kafka", "Articles",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // MARK: The worker shell: flags, logging, Prometheus, HTTP endpoints, signals
        .target(
            name: "WorkerApp",
            dependencies: [
                "StageRuntime", "Articles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        // MARK: `newsflow view`: the web pages over the topics, dead letters and lag
        .target(
            name: "WebView",
            dependencies: [
                "StageRuntime", "Kafka", "Articles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: The stages: stage → transform, in one place for the CLI and the thin mains.
        // Neither WorkerApp (Kafka shell) nor Enrichment (pure NLP) may know the other.
        .target(name: "Workers", dependencies: ["WorkerApp", "StageRuntime", "Enrichment", "Articles"]),

        // MARK: Executables
        // The thin mains keep `swift build` emitting `newsflow-cleaner` etc.; the image
        // ships only `newsflow` and links those names to it (see deploy/Dockerfile).
        .executableTarget(
            name: "newsflow-cleaner",
            dependencies: ["Workers", "WorkerApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsflow-entities",
            dependencies: ["Workers", "WorkerApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsflow-quotes",
            dependencies: ["Workers", "WorkerApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsflow",
            dependencies: [
                "Workers", "WorkerApp", "StageRuntime", "Enrichment", "Evaluation", "Kafka", "Articles", "WebView",
                "Cleaning", "EntityRecognition", "QuoteAttribution", "TextProcessing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "KafkaTests", dependencies: ["Kafka", "TestSupport"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles", "TestSupport"]),
        .testTarget(name: "TextProcessingTests", dependencies: ["TextProcessing", "Articles"]),
        .testTarget(name: "CleaningTests", dependencies: ["Cleaning", "Articles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EntityRecognitionTests", dependencies: ["EntityRecognition", "Articles", "TextProcessing"]),
        .testTarget(name: "QuoteAttributionTests", dependencies: ["QuoteAttribution", "EntityRecognition", "Articles"]),
        .testTarget(name: "EnrichmentTests", dependencies: ["Enrichment", "Articles", "TestSupport"]),
        .testTarget(name: "FuzzHarnessesTests", dependencies: ["FuzzHarnesses"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Cleaning", "EntityRecognition", "QuoteAttribution"]),
        .testTarget(
            name: "StageRuntimeTests",
            dependencies: ["StageRuntime", "Kafka", "Articles", "TestSupport", .product(name: "MetricsTestKit", package: "swift-metrics")]
        ),
        .testTarget(name: "WorkerAppTests", dependencies: ["WorkerApp", "StageRuntime", "Kafka"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Articles", "Kafka", "TestSupport"]),
        .testTarget(
            name: "WebViewTests",
            dependencies: [
                "WebView", "StageRuntime", "Kafka", "Articles", "Enrichment", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "DeployTests",
            dependencies: ["StageRuntime", "Articles", "TestSupport", .product(name: "Yams", package: "Yams")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
