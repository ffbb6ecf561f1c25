// swift-tools-version:6.1
import PackageDescription

/// The parent's harnesses (`FuzzHarnesses`, one per parser) as libFuzzer executables,
/// `fuzz-<name>` each.
let harnesses = ["raw-article", "text-decoding", "html", "json-ld", "plain-text", "tokenizer", "entities", "quotes"]

/// A package of its own so that the parent's `swift build` never sees these targets:
/// they call libFuzzer's driver, which only `-sanitize=fuzzer` links, so a normal build of
/// them would fail. Built and run by `scripts/fuzz` (`make fuzz`) with
/// `-Xswiftc -sanitize=fuzzer,address` in its own scratch path (`.build/fuzz`).
let package = Package(
    name: "newsflow-fuzz",
    platforms: [.macOS(.v15)],
    // Named, because a path dependency is otherwise known by its directory name, which is the checkout's.
    dependencies: [.package(name: "newsflow", path: "..")],
    targets: [
        .target(name: "CLibFuzzerDriver"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzerDriver"]),
    ] + harnesses.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzDriver", .product(name: "FuzzHarnesses", package: "newsflow")])
    },
    swiftLanguageModes: [.v6]
)
