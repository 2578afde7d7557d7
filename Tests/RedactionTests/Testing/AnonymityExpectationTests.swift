import Foundation
import Testing
import Redaction
import RedactionTesting

/// The project's own use of `RedactionTesting`: redacted fixture narratives are anonymous,
/// and the helpers fail — without quoting the identifier — when one remains.
struct AnonymityExpectationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let leaky = "Deputy Dana Whitfield called me at 602-555-0143.\nHer badge 11872 was on the report."

    /// Every label: redacted text must come back clean, names included (the detector counts
    /// redaction tags as capitalised mentions, so a second pass reads the text the same way).
    static let structuredLabels = Set(Label.all)

    @Test func redactedSampleNarrativeIsAnonymous() throws {
        let redactor = try Anonymity.defaultRedactor()
        let sample = try String(contentsOf: Self.fixtures.appendingPathComponent("samples/near-miss.txt"), encoding: .utf8)
        let redacted = try redactor.redact(sample).text
        #expect(expectAnonymous(redacted, labels: Self.structuredLabels, redactor: redactor).isEmpty)
        // The original is not: the same check finds its identifiers.
        #expect(try Anonymity.identifiers(in: sample, labels: Self.structuredLabels, redactor: redactor).count > 10)
    }

    @Test func redactedCorpusNarrativesAreAnonymous() async throws {
        let corpus = try Corpus(contentsOf: Self.fixtures.appendingPathComponent("corpus/dev-a.jsonl"))
        let redactor = try Anonymity.defaultRedactor()
        let documents = corpus.documents
        let results = try await redactor.redact(documents.map(\.text))
        for result in results {
            expectAnonymous(result.text, labels: Self.structuredLabels, redactor: redactor)
        }
    }

    @Test func noGoldIdentifierOfTheSampleNarrativeSurvives() async throws {
        // dev-001 is the bundled sample narrative, annotated.
        let corpus = try Corpus(contentsOf: Self.fixtures.appendingPathComponent("corpus/dev-a.jsonl"))
        let gold = Corpus(name: "sample", documents: corpus.documents.filter { $0.id == "dev-001" })
        try #require(gold.documents.count == 1)
        let redactor = try Anonymity.defaultRedactor()
        let results = try await redactor.redact(gold.documents.map(\.text))
        let redacted = zip(gold.documents, results).map { RedactedCorpus.Document(id: $0.id, text: $1.text) }
        let report = assertNoGoldIdentifierSurvives(redacted: RedactedCorpus(documents: redacted), gold: gold)
        #expect(report.checkedSpans > 20)
    }

    @Test func reportsLabelRuleAndPositionButNeverTheText() throws {
        let found = try Anonymity.identifiers(in: Self.leaky)
        #expect(Set(found.map(\.label)).isSuperset(of: [.person, .phone, .badge]))
        let phone = try #require(found.first { $0.label == .phone })
        #expect(phone.line == 1 && phone.column == 36 && phone.unicodeScalars == 35..<47 && phone.utf8 == 35..<47)
        let badge = try #require(found.first { $0.label == .badge })
        #expect(badge.line == 2)
        let message = Anonymity.message(for: found)
        #expect(message.hasPrefix("text is not anonymous: \(found.count) identifiers found"))
        #expect(message.contains("PHONE (rule \(phone.rule), score"))
        #expect(message.contains("at line 1, column 36, 12 characters"))
        for secret in ["Dana", "Whitfield", "602", "0143", "11872"] { #expect(!message.contains(secret)) }
    }

    @Test func labelsRestrictWhatIsReported() throws {
        let found = try Anonymity.identifiers(in: Self.leaky, labels: [.phone])
        #expect(found.map(\.label) == [.phone])
        #expect(expectAnonymous("The shift was quiet and nobody called.", labels: [.phone]).isEmpty)
    }

    @Test func expectAnonymousFailsWhenAnIdentifierRemains() {
        withKnownIssue("an identifier is left in the text") {
            expectAnonymous(Self.leaky)
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined()
            return text.contains("text is not anonymous") && text.contains("PERSON") && text.contains("PHONE")
                && text.contains("line 2, column") && !text.contains("Whitfield") && !text.contains("555")
        }
    }

    @Test func partlyRedactedNameFails() throws {
        let redactor = try Anonymity.defaultRedactor()
        withKnownIssue("a surname is left after the first name was redacted") {
            expectAnonymous("At the scene [PERSON] Whitfield drew his weapon.", labels: [.person], redactor: redactor)
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("PERSON (rule")
        }
    }

    // MARK: Gold survival

    static let gold = Corpus(name: "tiny", documents: [
        GoldDocument(id: "t-1", text: "Deputy Dana Whitfield called 602-555-0143 on 3/14/2024.", spans: [
            GoldSpan(start: 7, end: 21, label: .person), GoldSpan(start: 29, end: 41, label: .phone),
            GoldSpan(start: 45, end: 54, label: .date),
        ]),
        GoldDocument(id: "t-2", text: "Nothing identifying here.\nSgt. Okafor waited.", spans: [
            GoldSpan(start: 31, end: 37, label: .person),
        ]),
    ])

    @Test func fullyRedactedCorpusPasses() {
        let redacted = RedactedCorpus(documents: [
            .init(id: "t-1", text: "Deputy [PERSON] called [PHONE] on [DATE]."),
            .init(id: "t-2", text: "Nothing identifying here.\n[PERSON] waited."),
        ])
        let report = assertNoGoldIdentifierSurvives(redacted: redacted, gold: Self.gold)
        #expect(report.isClean && report.checkedSpans == 4)
    }

    @Test func survivingIdentifiersAreReportedWithoutText() {
        let redacted = RedactedCorpus(documents: [
            .init(id: "t-1", text: "Deputy [PERSON] Whitfield called 602-555-0143 on [DATE]."),
            .init(id: "t-2", text: "Nothing identifying here.\nSgt. [PERSON] waited."),
        ])
        let report = Anonymity.survivors(redacted: redacted, gold: Self.gold)
        #expect(report.survivors == [
            SurvivingIdentifier(documentID: "t-1", label: .person, unicodeScalars: 7..<21, line: 1, column: 8,
                                visibleCharacters: 9, characters: 13),
            SurvivingIdentifier(documentID: "t-1", label: .phone, unicodeScalars: 29..<41, line: 1, column: 30,
                                visibleCharacters: 10, characters: 10),
        ])
        #expect(report.missingDocuments.isEmpty)
        let description = report.description
        #expect(description.contains("t-1: PERSON at scalars 7..<21 (line 1, column 8): 9 of 13 characters visible"))
        for secret in ["Whitfield", "602", "0143"] { #expect(!description.contains(secret)) }
        withKnownIssue("two gold identifiers survive") {
            assertNoGoldIdentifierSurvives(redacted: redacted, gold: Self.gold)
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("2 of 4 gold identifiers survive")
        }
    }

    @Test func missingDocumentFails() {
        let redacted = RedactedCorpus(documents: [.init(id: "t-1", text: "Deputy [PERSON] called [PHONE] on [DATE].")])
        let report = Anonymity.survivors(redacted: redacted, gold: Self.gold)
        #expect(report.missingDocuments == ["t-2"] && !report.isClean)
    }

    @Test func checksRedactCLIOutputFiles() async throws {
        // What `redact --jsonl` writes: integer or string ids, an audit per line.
        let redactor = try Anonymity.defaultRedactor()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anonymity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var goldLines = ""
        var redactedLines = ""
        let encoder = JSONEncoder()
        for document in Self.gold.documents {
            goldLines += String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
            let result = try redactor.redact(document.text)
            struct Record: Encodable { let id: String; let text: String; let audit: RedactionAudit }
            let record = Record(id: document.id, text: result.text, audit: result.audit)
            redactedLines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }
        let goldURL = directory.appendingPathComponent("gold.jsonl")
        let redactedURL = directory.appendingPathComponent("redacted.jsonl")
        try goldLines.write(to: goldURL, atomically: true, encoding: .utf8)
        try redactedLines.write(to: redactedURL, atomically: true, encoding: .utf8)
        let report = try #require(assertNoGoldIdentifierSurvives(redacted: redactedURL, gold: goldURL))
        #expect(report.checkedSpans == 4)

        try "{\"id\": 7, \"text\": \"ok\"}\n{\"id\": 7}\n".write(to: redactedURL, atomically: true, encoding: .utf8)
        #expect(throws: CorpusError.malformedLine(line: 2, reason: "not a JSON object with an id and a text")) {
            try RedactedCorpus(contentsOf: redactedURL)
        }
        withKnownIssue("an unreadable redacted corpus is an issue, not a pass") {
            assertNoGoldIdentifierSurvives(redacted: redactedURL, gold: goldURL)
        }
    }
}
