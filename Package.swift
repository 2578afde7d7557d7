// swift-tools-version: 6.1
import PackageDescription

/// Settings applied to every Swift target: Swift 6 language mode plus the upcoming
/// features we want everywhere.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Redact",
    products: [
        .library(name: "Redaction", targets: ["Redaction"]),
        // Helpers for test suites that check text is anonymous (Swift Testing and XCTest).
        .library(name: "RedactionTesting", targets: ["RedactionTesting"]),
        .executable(name: "redact", targets: ["redact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // `swift package generate-documentation --target Redaction` (DocC); a plugin only.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0"),
        // Test-only: proves RedactorConfiguration loads from YAML. Library users never resolve it.
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
    ],
    targets: [
        // PCRE2 (8-bit code units) from the system, found through pkg-config.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // A small C wrapper around ICU's break iterators. Its public header declares no
        // ICU type, so Swift never sees ICU's headers next to Foundation's own ICU.
        .target(
            name: "CWordBreak",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "Redaction",
            dependencies: [
                "CPCRE2",
                "CWordBreak",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Anonymity assertions for test suites: Swift Testing (`expectAnonymous`) and XCTest
        // (`XCTAssertAnonymous`), plus a gold-corpus survival check.
        .target(
            name: "RedactionTesting",
            dependencies: ["Redaction"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "redact",
            dependencies: [
                "Redaction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RedactionTests",
            dependencies: [
                "Redaction",
                "RedactionTesting",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // Runs the built `redact` binary (built by `swift build`/`swift test`; no link dependency).
        .testTarget(
            name: "RedactCLITests",
            swiftSettings: swiftSettings
        ),
    ]
)
