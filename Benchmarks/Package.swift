// swift-tools-version: 6.1
import PackageDescription

import struct Foundation.URL

/// SwiftPM names a path dependency after its directory (`swift-nio`, `main`, `wt-bench`, …),
/// so the root package's identity is read from where this manifest sits.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .standardizedFileURL.lastPathComponent.lowercased()

// The benchmark harness is a nested package so that users of `Redaction` never resolve
// package-benchmark (the same arrangement as swift-nio). It depends on the root package
// by path. `MallocInterposer` gives malloc counts without jemalloc; listing the trait
// explicitly also leaves package-benchmark's Linux `RuntimeInterposer` trait off.
let package = Package(
    name: "RedactBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Shared workloads: the development narratives, the 1 MB document, the 1,000-document batch.
        .target(
            name: "BenchSupport",
            dependencies: [.product(name: "Redaction", package: root)],
            path: "Sources/BenchSupport"
        ),
        // package-benchmark suite (`swift package --package-path Benchmarks benchmark`).
        .executableTarget(
            name: "RedactBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Redaction", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RedactBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Stage throughput on one core and on all cores, start-up time, peak memory (`make bench`).
        .executableTarget(
            name: "redact-throughput",
            dependencies: [
                "BenchSupport",
                .product(name: "Redaction", package: root),
            ],
            path: "Sources/redact-throughput"
        ),
    ]
)
