// swift-tools-version: 6.1
// An example service that embeds Redaction in a Hummingbird 2 HTTP server. A separate
// package, so users of the library never resolve a web framework. Build and test with
// `swift test` in this folder (not part of the root `make test`).
import PackageDescription

let package = Package(
    name: "RedactService",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "redact-service", targets: ["redact-service"]),
    ],
    dependencies: [
        // The root package, by path; named so the product reference does not depend on the
        // checkout's folder name.
        .package(name: "Redact", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "RedactService",
            dependencies: [
                .product(name: "Redaction", package: "Redact"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "redact-service",
            dependencies: ["RedactService"]
        ),
        .testTarget(
            name: "RedactServiceTests",
            dependencies: [
                "RedactService",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "RedactionTesting", package: "Redact"),
            ]
        ),
    ]
)
