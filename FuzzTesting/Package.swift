// swift-tools-version:6.1
import PackageDescription

/// libFuzzer executables, one per harness in the parent package's `FuzzHarnesses`.
///
/// A package of its own so that the parent's `swift build` never sees these targets:
/// their `main` comes from libFuzzer (`-sanitize=fuzzer`), and without it they cannot
/// link. Built and run by `scripts/fuzz` (`make fuzz`) with `-Xswiftc -sanitize=fuzzer,address`
/// in its own scratch path (`.build/fuzz`).
let package = Package(
    name: "newsflow-fuzz",
    platforms: [.macOS(.v15)],
    // Named, because a path dependency is otherwise known by its directory name, which is the checkout's.
    dependencies: [.package(name: "newsflow", path: "..")],
    targets: [
        .target(name: "CLibFuzzerDriver"),
        .executableTarget(name: "fuzz-raw-article", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-text-decoding", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-html", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-json-ld", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-plain-text", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-tokenizer", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-entities", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
        .executableTarget(name: "fuzz-quotes", dependencies: ["CLibFuzzerDriver", .product(name: "FuzzHarnesses", package: "newsflow")]),
    ],
    swiftLanguageModes: [.v6]
)
