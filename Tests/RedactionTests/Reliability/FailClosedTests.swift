import Foundation
import Testing
@testable import Redaction

/// Forced failures: a rule that hits its match limit leaves its region redacted whole as
/// `UNANALYSED`; a detector that throws makes the redaction throw.
struct FailClosedTests {
    /// A pack with one catastrophically backtracking rule.
    static let catastrophic = RulePack(name: "catastrophic", version: "1", rules: [
        Rule(id: "test.catastrophic", label: .id, pattern: "(a+)+$", score: 0.9),
    ])

    static func redactor(matchLimit: UInt32) throws -> Redactor {
        try Redactor(configuration: RedactorConfiguration(
            detection: DetectionOptions(extraRulePacks: [catastrophic], matchLimit: matchLimit), key: RedactionFixtures.key))
    }

    @Test func matchLimitRedactsTheLineAsUnanalysed() throws {
        let redactor = try Self.redactor(matchLimit: 10_000)
        // Shorter than a wrapped line of prose, so that the line break after it stays one.
        let poison = String(repeating: "a", count: 30) + "b Dana"
        let input = "The first line is fine.\n" + poison + "\nThe last line is fine too."
        let result = try redactor.redact(input)
        let lineStart = "The first line is fine.\n".utf8.count
        let poisonLine = lineStart..<lineStart + poison.utf8.count
        let unanalysed = result.audit.changes.filter { $0.label == .unanalysed }
        #expect(unanalysed.count == 1)
        let change = try #require(unanalysed.first)
        #expect(change.input.utf8 == poisonLine)
        #expect(change.failClosed)
        #expect(change.rule == "test.catastrophic")
        #expect(change.detector == "failsafe")
        #expect(change.replacement == "[UNANALYSED]")
        #expect(result.text == "The first line is fine.\n[UNANALYSED]\nThe last line is fine too.")
        // The audit says so in JSON too.
        let json = try RedactionFixtures.encode(result.audit)
        #expect(json.contains("\"label\":\"UNANALYSED\""))
        #expect(json.contains("\"failClosed\":true"))
        // A reviewer cannot reject it.
        var edited = result.audit
        let index = try #require(edited.changes.firstIndex { $0.label == .unanalysed })
        edited.changes[index].status = .rejected
        #expect(throws: RedactionError.cannotRejectUnanalysed(change: index)) { try redactor.apply(audit: edited, to: input) }
        try Reliability.expectSound(result, of: input, redactor: redactor)
    }

    @Test func unanalysedWinsEvenWhenNotAmongTheRedactedLabels() throws {
        var configuration = RedactorConfiguration(
            detection: DetectionOptions(extraRulePacks: [Self.catastrophic], matchLimit: 10_000), labels: [.email], key: RedactionFixtures.key)
        configuration.detection.labels = [.email]
        let redactor = try Redactor(configuration: configuration)
        let input = String(repeating: "a", count: 40) + "b"
        let result = try redactor.redact(input)
        #expect(result.text == "[UNANALYSED]")
    }

    @Test func theSamePatternWithAGenerousLimitOnShortInputIsAnalysed() throws {
        // Control: the failure above comes from the limit, not from the pattern alone.
        let redactor = try Self.redactor(matchLimit: 5_000_000)
        let result = try redactor.redact("The first line is fine.\naab\nThe last line is fine too.")
        #expect(result.audit.changes.allSatisfy { $0.label != .unanalysed })
    }

    /// A detector that always fails.
    struct ThrowingDetector: Detector {
        let name = "broken"
        func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError) {
            throw .rule(id: "test.broken", error: .match(code: -2, message: "forced failure"))
        }
    }

    @Test func aThrowingDetectorMakesRedactThrow() async throws {
        let base = Reliability.redactor
        let broken = base.replacingEngine(base.engine.appending(ThrowingDetector()))
        let input = "Deputy Dana Whitfield called 602-555-0143."
        #expect(throws: RedactionError.detection(.rule(id: "test.broken", error: .match(code: -2, message: "forced failure")))) {
            try broken.redact(input)
        }
        #expect(throws: RedactionError.self) { try broken.scan(input) }
        #expect(throws: RedactionError.self) { try broken.redact(bytes: Array(input.utf8), lossy: false) }
        // Through the shadow path as well.
        #expect(throws: RedactionError.self) { try broken.redact("Call 602\u{200B}555-0143.") }
        // Batch redaction fails as a whole rather than returning partial results.
        await #expect(throws: RedactionError.self) { try await broken.redact([input, "fine", input], jobs: 2) }
        // The message names the rule, not the text.
        do {
            _ = try broken.redact(input)
        } catch {
            #expect(!error.description.contains("Whitfield"))
            #expect(!error.description.contains("602"))
        }
    }
}
