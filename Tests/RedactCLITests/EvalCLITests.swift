import Foundation
import Testing

/// `redact eval`, run as a process: help, the table, the JSON structure, leaks, and errors.
@Suite(.serialized) struct EvalCLITests {
    /// A two-document corpus: a canary name the test rule pack finds and an ordinary
    /// lowercase phrase annotated as PERSON that no detector will find (so it leaks),
    /// plus an identifier-free document with no letters or digits.
    static let gold = """
        {"id": "g-1", "text": "we met Qqzxvalpha in the quiet morning", "spans": [{"start": 7, "end": 17, "label": "PERSON", "text": "Qqzxvalpha"}, {"start": 25, "end": 38, "label": "PERSON", "text": "quiet morning"}]}
        {"id": "g-2", "text": "... !!! ???", "spans": []}
        """

    func withCorpus(_ body: (_ pack: String, _ corpus: String, _ folder: URL) throws -> Void) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(try CLI.write(Data(CLI.testPack.utf8), named: "pack.json", in: folder),
                 try CLI.write(Data(Self.gold.utf8), named: "tiny.jsonl", in: folder), folder)
    }

    @Test func helpListsEveryOption() throws {
        let result = try CLI.run(["eval", "--help"])
        #expect(result.status == 0)
        for option in ["<gold.jsonl> ...", "--json", "--leaks", "--show", "--rules <file>", "--disable <rule-id>", "--disable-detector <family>"] {
            #expect(result.stdout.contains(option), "help lacks \(option)")
        }
        try CLI.assertGolden(result.stdout, "eval-help.txt")
    }

    @Test func tableHasLabelAndGroupRows() throws {
        try withCorpus { pack, corpus, _ in
            let result = try CLI.run(["eval", "--rules", pack, corpus, corpus])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "tiny (2 documents)")
            #expect(lines.contains("overall (4 documents)"))
            #expect(lines.filter { $0.hasPrefix("label ") }.count == 3)
            for row in ["PERSON ", "core ", "extra ", "all "] { #expect(lines.contains { $0.hasPrefix(row) }, "no \(row) row") }
            // One of the two PERSON spans is always leaked, one always covered by the canary.
            #expect(lines.contains("documents with no core leak: 1/2 (50.0%)"))
            #expect(lines.contains { $0.hasPrefix("identifier-free documents: 1; with any redaction: 0 (0.0%)") })
            #expect(!result.stdout.contains("quiet morning"))
        }
    }

    @Test func jsonHasCorporaOverallAndEveryMetric() throws {
        try withCorpus { pack, corpus, _ in
            let result = try CLI.run(["eval", "--json", "--rules", pack, "--disable", "nonexistent.rule", corpus, corpus])
            #expect(result.status == 0)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(Set(root.keys) == ["engine", "corpora", "overall"])
            let engine = try #require(root["engine"] as? [String: Any])
            #expect((engine["rulePacks"] as? [String: String])?["cli-test"] == "1")
            #expect(engine["disabledRules"] as? [String] == ["nonexistent.rule"])
            let corpora = try #require(root["corpora"] as? [[String: Any]])
            #expect(corpora.count == 2)
            let overall = try #require(root["overall"] as? [String: Any])
            for entry in corpora + [overall] {
                #expect(Set(entry.keys) == ["name", "labels", "groups", "documents"])
                let groups = try #require(entry["groups"] as? [String: [String: Any]])
                #expect(Set(groups.keys) == ["core", "extra", "all"])
                for scores in groups.values {
                    #expect(Set(scores.keys) == ["counts", "leakFreeRecall", "partialCoverage", "typedPrecision", "typedRecall",
                                                 "typedF1", "characterPrecision", "characterRecall"])
                }
                let labels = try #require(entry["labels"] as? [[String: Any]])
                let person = try #require(labels.first { $0["label"] as? String == "PERSON" }?["scores"] as? [String: Any])
                let counts = try #require(person["counts"] as? [String: Int])
                let documents = try #require(entry["documents"] as? [String: Any])
                let factor = entry["name"] as? String == "overall" ? 2 : 1
                #expect(counts["goldSpans"] == 2 * factor)
                #expect(counts["leakFreeSpans"] == 1 * factor)
                #expect(documents["documents"] as? Int == 2 * factor)
                #expect(documents["identifierFreeDocuments"] as? Int == 1 * factor)
                #expect(documents["falsePositiveSpansInIdentifierFreeDocuments"] as? Int == 0)
                #expect(Set(documents.keys).isSuperset(of: ["documentsWithNoCoreLeak", "noCoreLeakShare", "identifierFreeRedactedShare"]))
            }
            #expect(corpora.first?["name"] as? String == "tiny")
        }
    }

    @Test func leaksAreListedMaskedUnlessShown() throws {
        try withCorpus { pack, corpus, _ in
            let masked = try CLI.run(["eval", "--leaks", "--rules", pack, corpus])
            #expect(masked.status == 0)
            #expect(masked.stdout.contains("  g-1  PERSON  25..<38  12/12 visible  █████"))
            #expect(!masked.stdout.contains("quiet morning"))

            let json = try CLI.run(["eval", "--json", "--leaks", "--rules", pack, corpus])
            #expect(json.stdout.contains("\"leaks\""))
            #expect(!json.stdout.contains("quiet morning"))

            let shown = try CLI.run(["eval", "--leaks", "--show", "--rules", pack, corpus])
            #expect(shown.stdout.contains("  g-1  PERSON  25..<38  12/12 visible  \"quiet morning\""))
        }
    }

    static let secret = "Zebulon Quartermain"

    static let badCorpora: [(name: String, jsonl: String, message: String)] = [
        ("not JSON", "{\"id\": \"a\", \"text\": \"\(secret)\", spans}", "line 1: not a valid JSON object"),
        ("span text mismatch", "{\"id\": \"a\", \"text\": \"x\", \"spans\": []}\n{\"id\": \"b\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PERSON\", \"text\": \"Zeb!\"}]}",
         "line 2: span 0: its text does not match offsets 0..<3"),
        ("span out of range", "{\"id\": \"a\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 0, \"end\": 99, \"label\": \"PERSON\"}]}",
         "line 1: span 0: offsets 0..<99"),
    ]

    @Test(arguments: badCorpora.indices)
    func malformedCorporaExitTwoWithoutQuoting(_ index: Int) throws {
        let bad = Self.badCorpora[index]
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try CLI.write(Data(bad.jsonl.utf8), named: "bad.jsonl", in: folder)
        let result = try CLI.run(["eval", path])
        #expect(result.status == 2, "\(bad.name)")
        #expect(result.stderr.contains("\(path): \(bad.message)"), "\(bad.name): \(result.stderr)")
        #expect(!result.stderr.contains("Zebulon") && !result.stderr.contains("Quartermain"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badRulePackExitsTwo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try CLI.write(Data(#"{"name":"x","version":"1","rules":[{"id":"bad","label":"PERSON","pattern":"(","score":1}]}"#.utf8),
                                 named: "pack.json", in: folder)
        let corpus = try CLI.write(Data(Self.gold.utf8), named: "tiny.jsonl", in: folder)
        let result = try CLI.run(["eval", "--rules", pack, corpus])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rule bad"))
    }

    @Test func missingCorpusArgumentIsAUsageError() throws {
        let result = try CLI.run(["eval"])
        #expect(result.status == 64)
    }
}
