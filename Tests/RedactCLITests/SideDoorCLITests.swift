import Foundation
import Testing

/// The `redact` binary's error paths never print an identifier, and it writes no
/// temporary file holding the input.
struct SideDoorCLITests {
    /// Documents of `dev-a` with their gold identifier texts (≥ 4 characters with a letter,
    /// or ≥ 7 characters, so numbers cannot match offsets in messages by accident).
    static func documents(limit: Int) throws -> [(text: String, identifiers: [String])] {
        let url = CLI.packageRoot.appendingPathComponent("Fixtures/corpus/dev-a.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(limit)
        return try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let spans = try #require(object["spans"] as? [[String: Any]])
            let scalars = Array(text.unicodeScalars)
            let identifiers = spans.compactMap { span -> String? in
                guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                let value = String(view)
                return value.count >= 7 || (value.count >= 4 && value.unicodeScalars.contains { $0.properties.isAlphabetic }) ? value : nil
            }
            return (text, identifiers)
        }
    }

    static func expectClean(_ output: String, _ identifiers: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let leaked = identifiers.filter { output.contains($0) }
        #expect(leaked.isEmpty, "output quotes \(leaked.count) identifier(s)", sourceLocation: sourceLocation)
    }

    @Test func errorsQuoteNoIdentifier() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try CLI.write(Data("side-door-cli-key-0123456789abcdef".utf8), named: "key", in: folder)
        let documents = try Self.documents(limit: 12)
        for (index, document) in documents.enumerated() {
            let identifiers = document.identifiers
            // Invalid UTF-8 after the text: an error naming the byte offset.
            let bad = try CLI.write(Data(document.text.utf8) + Data([0xFF]), named: "bad-\(index).txt", in: folder)
            let invalid = try CLI.run([bad])
            #expect(invalid.status == 2)
            #expect(invalid.stderr.contains("invalid UTF-8 at byte offset \(document.text.utf8.count)"))
            Self.expectClean(invalid.stderr + invalid.stdout, identifiers)
            let scanInvalid = try CLI.run(["scan", bad])
            #expect(scanInvalid.status == 2)
            Self.expectClean(scanInvalid.stderr + scanInvalid.stdout, identifiers)
            // A rule pack that is not one, holding the document's text.
            let pack = try CLI.write(Data(("{\"name\": " + CLI.jsonQuoted(document.text) + "}").utf8), named: "pack-\(index).json", in: folder)
            let good = try CLI.write(Data(document.text.utf8), named: "doc-\(index).txt", in: folder)
            for arguments in [["scan", "--rules", pack, good], ["--rules", pack, good]] {
                let result = try CLI.run(arguments)
                #expect(result.status != 0)
                Self.expectClean(result.stderr, identifiers)
            }
            // A pattern that does not compile, made of an identifier.
            if let first = identifiers.first {
                let badPattern = "{\"name\": \"p\", \"version\": \"1\", \"rules\": [{\"id\": \"r\", \"label\": \"PERSON\", \"pattern\": "
                    + CLI.jsonQuoted(first + "((") + "}]}"
                let patternPack = try CLI.write(Data(badPattern.utf8), named: "pattern-\(index).json", in: folder)
                let result = try CLI.run(["--rules", patternPack, good])
                #expect(result.status == 2)
                Self.expectClean(result.stderr, [first])
            }
            // An audit applied to the wrong document.
            let audit = folder.appendingPathComponent("audit-\(index).json").path
            let redacted = try CLI.run(["--key-file", key, "--audit", audit, "--output", folder.appendingPathComponent("out-\(index).txt").path, good])
            #expect(redacted.status == 0)
            Self.expectClean(redacted.stderr, identifiers)
            let other = documents[(index + 1) % documents.count]
            let otherFile = try CLI.write(Data(other.text.utf8), named: "other-\(index).txt", in: folder)
            let wrong = try CLI.run(["apply", "--key-file", key, "--audit", audit, otherFile])
            #expect(wrong.status == 2)
            Self.expectClean(wrong.stderr + wrong.stdout, identifiers + other.identifiers)
        }
    }

    @Test func noTemporaryFileHoldsTheInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("tmp")
        let outputs = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        let canary = "Qqzxv" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let pack = try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder)
        let key = try CLI.write(Data("side-door-cli-key-0123456789abcdef".utf8), named: "key", in: folder)
        let input = try CLI.write(Data("Met \(canary) at the corner; call 602-555-0143.\n".utf8), named: "input.txt", in: folder)
        let jsonl = try CLI.write(Data("{\"id\": 1, \"text\": \"Met \(canary) twice.\"}\n".utf8), named: "batch.jsonl", in: folder)
        let started = Date()
        let runs = [
            ["--rules", pack, "--key-file", key, "--output", outputs.appendingPathComponent("a.txt").path,
             "--audit", outputs.appendingPathComponent("a.audit.json").path, input],
            ["--rules", pack, "--key-file", key, "--output-dir", outputs.path, input],
            ["--rules", pack, "--key-file", key, "--jsonl", jsonl, "--output", outputs.appendingPathComponent("b.jsonl").path],
            ["scan", "--rules", pack, input],
        ]
        for arguments in runs {
            let result = try Self.run(arguments, temporaryDirectory: scratch)
            #expect(result.status == 0 || (arguments.first == "scan" && result.status == 1))
            #expect(!result.stderr.contains(canary))
        }
        // Nothing in the private TMPDIR, nothing new in /tmp, and no output holds the canary.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        for output in try FileManager.default.contentsOfDirectory(atPath: outputs.path) {
            let data = try Data(contentsOf: outputs.appendingPathComponent(output))
            #expect(data.range(of: Data(canary.utf8)) == nil, "\(output) holds the input")
        }
        #expect(Self.filesHolding(canary, under: URL(fileURLWithPath: "/tmp"), after: started, excluding: folder).isEmpty)
    }

    /// Runs the binary with `TMPDIR` pointing at `temporaryDirectory`.
    static func run(_ arguments: [String], temporaryDirectory: URL) throws -> (status: Int32, stderr: String) {
        let binary = try #require(CLI.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporaryDirectory.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func filesHolding(_ needle: String, under folder: URL, after date: Date, excluding excluded: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey],
                                                          options: [], errorHandler: { _, _ in true }) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where !url.path.hasPrefix(excluded.path) {
            guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                  values.isRegularFile == true, let modified = values.contentModificationDate, modified >= date.addingTimeInterval(-1),
                  let data = try? Data(contentsOf: url, options: .alwaysMapped), data.range(of: Data(needle.utf8)) != nil else { continue }
            found.append(url.path)
        }
        return found
    }
}

extension CLI {
    /// `string` as a JSON string literal.
    static func jsonQuoted(_ string: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [string], options: [.fragmentsAllowed])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
