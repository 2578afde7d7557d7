// swift-tools-version: 6.1
import PackageDescription

// The libFuzzer target, in a package of its own so that `swift build` and `swift test` at
// the root never build it. `make fuzz` builds it with `-sanitize=fuzzer,address` and runs it.
let package = Package(
    name: "RedactFuzz",
    dependencies: [
        .package(name: "Redact", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "RedactFuzz",
            dependencies: [.product(name: "Redaction", package: "Redact")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
