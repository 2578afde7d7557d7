import Foundation
import Testing

/// `redact scan`, run as a process: help, exit codes, formats, and errors that never
/// quote the input.
@Suite(.serialized) struct ScanCLITests {
    @Test func helpListsEveryOption() throws {
        let result = try CLI.run(["scan", "--help"])
        #expect(result.status == 0)
        for option in ["--rules <file>", "--disable <rule-id>", "--disable-detector <family>", "--show", "--jsonl", "--html <out.html>", "Exit status"] {
            #expect(result.stdout.contains(option), "help lacks \(option)")
        }
        try CLI.assertGolden(result.stdout, "scan-help.txt")
    }

    @Test func nothingFoundExitsZero() throws {
        let result = try CLI.run(["scan", "-"], stdin: Data("... ,,, !!! ---\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func findingsAreListedMaskedWithLineAndColumn() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder)
        // Line 2: "Café 👮🏽 <" is 8 characters, so the token starts at column 9.
        let input = try CLI.write(Data("first line qqq\nCaf\u{E9} 👮🏽 <Qqzxvbeta>\n".utf8), named: "in.txt", in: folder)
        let masked = try CLI.run(["scan", "--rules", pack, input])
        #expect(masked.status == 1)
        let line = try #require(masked.stdout.split(separator: "\n").first { $0.contains("test.canary") })
        #expect(line == "\(input):2:9: PERSON test.canary 1.00 █████")
        #expect(!masked.stdout.contains("Qqzxvbeta"))

        let shown = try CLI.run(["scan", "--rules", pack, "--show", input])
        #expect(shown.status == 1)
        #expect(shown.stdout.contains("\(input):2:9: PERSON test.canary 1.00 \"Qqzxvbeta\""))
    }

    @Test func disabledRulesDoNotRun() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder)
        let text = Data("zz Qqzxvone yy\n".utf8)
        #expect(try CLI.run(["scan", "--rules", pack, "-"], stdin: text).stdout.contains("test.canary"))
        #expect(!(try CLI.run(["scan", "--rules", pack, "--disable", "test.canary", "-"], stdin: text).stdout.contains("test.canary")))
    }

    @Test func jsonlOutputHasOneLinePerDocumentInScalars() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder)
        let input = """
            {"id": "a", "text": "Caf\u{E9} 👮🏽 Qqzxvbeta and QB-1234"}

            {"id": "b", "text": "... !!!"}
            """
        let result = try CLI.run(["scan", "--rules", pack, "--jsonl", "-"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == #"{"id":"b","spans":[]}"#)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["id", "spans"])
        #expect(first["id"] as? String == "a")
        let spans = try #require(first["spans"] as? [[String: Any]])
        for span in spans { #expect(Set(span.keys) == ["start", "end", "label", "rule", "score"]) }
        // "Café 👮🏽 " is 8 scalars (the emoji is two), so the canary spans 8..<17.
        let canary = try #require(spans.first { $0["rule"] as? String == "test.canary" })
        #expect(canary["start"] as? Int == 8)
        #expect(canary["end"] as? Int == 17)
        #expect(canary["label"] as? String == "PERSON")
        #expect(canary["score"] as? Double == 1.0)
        let badge = try #require(spans.first { $0["rule"] as? String == "test.badge" })
        #expect(badge["start"] as? Int == 22)
        #expect(badge["end"] as? Int == 29)
    }

    @Test func htmlPageIsSelfContainedEscapedAndMasked() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder)
        let input = try CLI.write(Data("<script>alert('x')</script> & Qqzxvgamma \"QB-9876\"\n".utf8), named: "in.txt", in: folder)
        let page = folder.appendingPathComponent("page.html")
        let result = try CLI.run(["scan", "--rules", pack, "--html", page.path, input])
        #expect(result.status == 1)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "))
        for external in ["http:", "https:", "src=", "<link", "@import", "url("] { #expect(!html.contains(external)) }
        #expect(html.contains("title=\"PERSON · rule test.canary · score 1.00\""))
        #expect(html.contains("class=\"legend\""))
        #expect(!html.contains("Qqzxvgamma"))
        #expect(!html.contains("QB-9876"))

        let shown = try CLI.run(["scan", "--rules", pack, "--show", "--html", "-", input])
        #expect(shown.status == 1)
        #expect(shown.stdout.contains(">Qqzxvgamma</mark>"))
        #expect(shown.stdout.contains(">QB-9876</mark>"))
    }

    static let secret = "Zebulon Quartermain"

    /// Inputs that must fail with status 2 and a message that does not quote them.
    static let failures: [(name: String, arguments: [String], stdin: [UInt8], message: String)] = [
        ("invalid UTF-8", ["scan", "-"], Array("ok \(secret) ".utf8) + [0xFF, 0xFE] + Array(" \(secret)".utf8),
         "invalid UTF-8 at byte offset 23"),
        ("jsonl: invalid UTF-8", ["scan", "--jsonl", "-"], Array("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"\(secret) ".utf8) + [0xC3, 0x28] + Array("\"}".utf8),
         "line 2: invalid UTF-8 at byte offset 60 of the input"),
        ("jsonl: not JSON", ["scan", "--jsonl", "-"], Array("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": \"b\", \(secret)}\n".utf8),
         "line 2: expected a JSON object"),
        ("jsonl: text not a string", ["scan", "--jsonl", "-"], Array("{\"id\":\"a\",\"text\":[\"\(secret)\"]}\n".utf8),
         "line 1: expected a JSON object"),
        ("missing file", ["scan", "/nonexistent/\(UUID().uuidString).txt"], [], "cannot read"),
        ("missing rule pack", ["scan", "--rules", "/nonexistent/pack.json", "-"], Array(secret.utf8), "cannot read rule pack"),
    ]

    @Test(arguments: failures.indices)
    func errorsExitTwoWithoutQuotingInput(_ index: Int) throws {
        let failure = Self.failures[index]
        let result = try CLI.run(failure.arguments, stdin: Data(failure.stdin))
        #expect(result.status == 2, "\(failure.name)")
        #expect(result.stderr.contains(failure.message), "\(failure.name): \(result.stderr)")
        #expect(result.stderr.hasPrefix("redact scan: error: "))
        #expect(!result.stderr.contains("Zebulon") && !result.stderr.contains("Quartermain"), "\(failure.name)")
    }

    @Test func usageErrorsUseArgumentParsersStatus() throws {
        let result = try CLI.run(["scan", "--jsonl", "--html", "x.html", "-"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--jsonl and --html cannot be combined"))
    }
}
