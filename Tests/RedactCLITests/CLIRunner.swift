import Foundation
import Testing

/// Runs the built `redact` executable and captures what it prints.
enum CLI {
    /// What one run produced.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `redact` binary: `REDACT_BIN`, else next to the test bundle (SwiftPM puts
    /// executables and test bundles in the same build folder), else `.build/debug`.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["REDACT_BIN"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("redact"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("redact"))
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("redact"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/redact"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `redact` with `arguments`, feeding `stdin`.
    static func run(_ arguments: [String], stdin: Data = Data()) throws -> Result {
        let binary = try #require(binary, "build the redact executable first (swift build)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("stdin")
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        try stdin.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `contents` to a file in `folder`.
    @discardableResult
    static func write(_ contents: some DataProtocol, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(contents).write(to: url)
        return url.path
    }

    /// A rule pack whose rules match made-up tokens no real detector finds, so tests do
    /// not depend on the bundled rules: `Qqzxv…` words are PERSON, `QB-nnnn` is BADGE.
    static let testPack = """
        {"name": "cli-test", "version": "1", "rules": [
          {"id": "test.canary", "label": "PERSON", "pattern": "Qqzxv[a-z]*", "score": 1.0},
          {"id": "test.badge", "label": "BADGE", "pattern": "QB-[0-9]{4}", "score": 1.0}
        ]}
        """

    /// Compares `actual` with the golden file `Fixtures/golden/<name>`; with
    /// `REDACT_RECORD=1` in the environment, writes it instead.
    static func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = packageRoot.appendingPathComponent("Fixtures/golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["REDACT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing golden \(name); record it with REDACT_RECORD=1", sourceLocation: sourceLocation)
        #expect(actual == expected, "differs from Fixtures/golden/\(name); re-record with REDACT_RECORD=1 if intended",
                sourceLocation: sourceLocation)
    }
}
