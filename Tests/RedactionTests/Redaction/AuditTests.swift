import Foundation
import Testing
@testable import Redaction

/// The audit: contents, JSON round trip, no original text, re-application and review edits.
struct AuditTests {
    static let operators: [RedactionOperator] = RedactionOperator.allCases

    @Test func auditDescribesEveryChangeInThreeUnits() throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered])
        let input = RedactionFixtures.narrative
        let result = try redactor.redact(input)
        let audit = result.audit
        #expect(audit.schemaVersion == RedactionAudit.currentSchemaVersion)
        #expect(audit.rulePackVersions["redaction-tests"] == "1.2.3")
        #expect(!audit.gazetteerVersion.isEmpty)
        #expect(audit.configurationFingerprint == redactor.configurationFingerprint && audit.configurationFingerprint.count == 64)
        #expect(audit.textUnits == [.utf8, .unicodeScalars, .utf16])
        #expect(audit.inputLength == TextLength(utf8: input.utf8.count, unicodeScalars: input.unicodeScalars.count, utf16: input.utf16.count))
        let output = result.text
        #expect(audit.outputLength == TextLength(utf8: output.utf8.count, unicodeScalars: output.unicodeScalars.count, utf16: output.utf16.count))
        let inScalars = Array(input.unicodeScalars)
        let inUTF16 = Array(input.utf16)
        let outScalars = Array(output.unicodeScalars)
        let outUTF16 = Array(output.utf16)
        for change in audit.changes {
            let bytes = try #require(change.input.utf8)
            let scalars = try #require(change.input.unicodeScalars)
            let units = try #require(change.input.utf16)
            let original = String(decoding: Array(input.utf8)[bytes], as: UTF8.self)
            #expect(String(String.UnicodeScalarView(inScalars[scalars])) == original)
            #expect(String(decoding: inUTF16[units], as: UTF16.self) == original)
            let out = try #require(change.output)
            let replacement = try #require(change.replacement)
            #expect(String(decoding: Array(output.utf8)[try #require(out.utf8)], as: UTF8.self) == replacement)
            #expect(String(String.UnicodeScalarView(outScalars[try #require(out.unicodeScalars)])) == replacement)
            #expect(String(decoding: outUTF16[try #require(out.utf16)], as: UTF16.self) == replacement)
            #expect(change.fingerprint?.count == 64)
            #expect(change.status == .applied)
            #expect(change.original == nil)
        }
        let badge = try #require(audit.changes.first { $0.label == .badge })
        #expect(badge.rule == "test.badge" && badge.detector == "rules" && badge.context == "deputy")
    }

    @Test(arguments: operators)
    func auditRoundTripsThroughJSON(_ op: RedactionOperator) throws {
        let redactor = try RedactionFixtures.redactor(default: op)
        let audit = try redactor.redact(RedactionFixtures.narrative).audit
        let data = try JSONEncoder().encode(audit)
        #expect(try JSONDecoder().decode(RedactionAudit.self, from: data) == audit)
    }

    @Test(arguments: operators)
    func auditNeverContainsOriginalIdentifiers(_ op: RedactionOperator) throws {
        let redactor = try RedactionFixtures.redactor(default: op)
        let input = RedactionFixtures.narrative
        let result = try redactor.redact(input)
        let json = try RedactionFixtures.encode(result.audit)
        let bytes = Array(input.utf8)
        #expect(result.audit.changes.count >= 15)
        for change in result.audit.changes {
            let original = String(decoding: bytes[try #require(change.input.utf8)], as: UTF8.self)
            #expect(!json.contains(original), "audit contains the text of change at \(change.input.utf8!)")
            #expect(!result.text.contains(original))
        }
        // Asked for explicitly, the original is included.
        let quoting = try RedactionFixtures.redactor(default: op, includeOriginalText: true)
        let quoted = try RedactionFixtures.encode(try quoting.redact(input).audit)
        #expect(quoted.contains("Whitfield"))
    }

    @Test(arguments: operators)
    func applyingTheAuditReproducesTheOutput(_ op: RedactionOperator) throws {
        let redactor = try RedactionFixtures.redactor(default: op)
        let input = RedactionFixtures.narrative
        let result = try redactor.redact(input)
        let decoded = try JSONDecoder().decode(RedactionAudit.self, from: JSONEncoder().encode(result.audit))
        let applied = try redactor.apply(audit: decoded, to: input)
        #expect(applied == result)
        let fromBytes = try redactor.apply(audit: decoded, toBytes: Array(input.utf8))
        #expect(fromBytes.text == result.text)
    }

    @Test func rejectedChangeKeepsTheOriginalAndAddedSpansAreRedacted() throws {
        // The redactor redacts dates and phones only, so the names and the street are the
        // reviewer's to add.
        let redactor = try RedactionFixtures.redactor([.person: .numbered], labels: [.date, .phone])
        let input = "Deputy Dana Whitfield met Ana Ruiz near Elm Street on 3/14/2024. Ruiz called 602-555-0143."
        let result = try redactor.redact(input)
        var audit = result.audit
        let dateIndex = try #require(audit.changes.firstIndex { $0.label == .date })
        audit.changes[dateIndex].status = .rejected
        // A reviewer adds missed spans: one by UTF-8 bytes, one by Unicode scalars (the same here: ASCII).
        let bytes = Array(input.utf8)
        func range(of needle: String, from: Int = 0) throws -> Range<Int> {
            let r = try #require(input.range(of: needle, range: input.index(input.startIndex, offsetBy: from)..<input.endIndex))
            return input.utf8.distance(from: input.startIndex, to: r.lowerBound)..<input.utf8.distance(from: input.startIndex, to: r.upperBound)
        }
        audit.changes.append(RedactionChange(status: .added, label: .person, input: TextSpan(utf8: try range(of: "Dana Whitfield"))))
        audit.changes.append(RedactionChange(status: .added, label: .person, input: TextSpan(utf8: try range(of: "Ana Ruiz"))))
        let ruizLater = try range(of: "Ruiz", from: 60)
        audit.changes.append(RedactionChange(status: .added, label: .person, input: TextSpan(unicodeScalars: ruizLater)))
        audit.changes.append(RedactionChange(status: .added, label: .location, input: TextSpan(utf8: try range(of: "Elm Street"))))
        let edited = try JSONDecoder().decode(RedactionAudit.self, from: JSONEncoder().encode(audit))
        let final = try redactor.apply(audit: edited, to: input)
        #expect(final.text == "Deputy [PERSON-1] met [PERSON-2] near [LOCATION] on 3/14/2024. [PERSON-2] called [PHONE].")
        #expect(bytes.count == input.utf8.count)
        let statuses = final.audit.changes.map(\.status)
        #expect(statuses == [.added, .added, .added, .rejected, .added, .applied])
        let rejected = final.audit.changes[3]
        #expect(rejected.output == nil && rejected.replacement == nil && rejected.fingerprint != nil)
        // The new audit re-applies to the same text.
        #expect(try redactor.apply(audit: final.audit, to: input).text == final.text)
        // An added change in the JSON needs only a label and a span.
        let minimal = try JSONDecoder().decode(RedactionChange.self, from: Data(#"{"label":"PERSON","input":{"unicodeScalars":[0,6]}}"#.utf8))
        #expect(minimal.status == .added && minimal.detector == "reviewer" && minimal.fingerprint == nil)
    }

    @Test func addedSpanByScalarsOnNonASCIIText() throws {
        let redactor = try RedactionFixtures.redactor(labels: [.phone])
        let input = "👮🏽 Zoë Ålund saw it."
        var audit = try redactor.redact(input).audit
        #expect(audit.changes.isEmpty)
        audit.changes.append(RedactionChange(status: .added, label: .person, input: TextSpan(unicodeScalars: 3..<12)))
        let final = try redactor.apply(audit: audit, to: input)
        #expect(final.text == "👮🏽 [PERSON] saw it.")
        let change = try #require(final.audit.changes.first)
        #expect(change.input.utf8 == 9..<20 && change.input.utf16 == 5..<14)
        // A span splitting a scalar is refused.
        var bad = audit
        bad.changes[0].input = TextSpan(utf8: 1..<6)
        #expect(throws: RedactionError.invalidSpan(change: 0, detail: .offsetNotOnBoundary(offset: 1, unit: .utf8))) {
            try redactor.apply(audit: bad, to: input)
        }
    }

    @Test func applyingToTheWrongDocumentFailsWithOffsetsOnly() throws {
        let redactor = try RedactionFixtures.redactor()
        let result = try redactor.redact("Dana Whitfield called 602-555-0143.")
        let wrong = "Tom Okafor ran into 480-555-0199."
        do {
            _ = try redactor.apply(audit: result.audit, to: wrong)
            Issue.record("applying to the wrong document succeeded")
        } catch {
            #expect(error == .fingerprintMismatch(change: 0, utf8: 0..<14))
            for fragment in ["Okafor", "Tom", "480", "Dana", "Whitfield"] { #expect(!error.description.contains(fragment)) }
        }
        // An audit whose spans fall outside the document fails too.
        #expect(throws: RedactionError.self) { try redactor.apply(audit: result.audit, to: "short") }
    }

    @Test func applyingWithAnotherKeyOrConfigurationFails() throws {
        let result = try RedactionFixtures.redactor().redact("Dana Whitfield called.")
        let otherKey = try RedactionFixtures.redactor(key: RedactionFixtures.otherKey)
        #expect(throws: RedactionError.configurationMismatch) { try otherKey.apply(audit: result.audit, to: "Dana Whitfield called.") }
        let otherOperators = try RedactionFixtures.redactor(default: .mask)
        #expect(throws: RedactionError.configurationMismatch) { try otherOperators.apply(audit: result.audit, to: "Dana Whitfield called.") }
        var future = result.audit
        future.schemaVersion = 99
        #expect(throws: RedactionError.unsupportedSchema(99)) { try RedactionFixtures.redactor().apply(audit: future, to: "Dana Whitfield called.") }
    }

    @Test func overlappingAndUnfingerprintedChangesAreRefused() throws {
        let redactor = try RedactionFixtures.redactor()
        let input = "Dana Whitfield called."
        var audit = try redactor.redact(input).audit
        audit.changes.append(RedactionChange(status: .added, label: .person, input: TextSpan(utf8: 5..<14)))
        #expect(throws: RedactionError.overlappingChanges(0, 1)) { try redactor.apply(audit: audit, to: input) }
        audit.changes.removeLast()
        audit.changes[0].fingerprint = nil
        #expect(throws: RedactionError.missingFingerprint(change: 0)) { try redactor.apply(audit: audit, to: input) }
    }

    @Test func unanalysedRegionsAreAlwaysRedactedAndFlagged() throws {
        let pack = RulePack(name: "slow", version: "1", rules: [Rule(id: "slow.backtrack", label: .id, pattern: #"(a+)+$"#, score: 0.9)])
        var configuration = RedactorConfiguration(detection: DetectionOptions(extraRulePacks: [pack], matchLimit: 10_000),
                                                  labels: [.person], key: RedactionFixtures.key)
        configuration.defaultOperator = .surrogate
        let redactor = try Redactor(configuration: configuration)
        let input = "fine line\n" + String(repeating: "a", count: 40) + "c\nanother fine line"
        let result = try redactor.redact(input)
        #expect(result.text == "fine line\n[UNANALYSED]\nanother fine line")
        let change = try #require(result.audit.changes.first)
        #expect(change.label == .unanalysed && change.failClosed && change.detector == "failsafe" && change.rule == "slow.backtrack")
        var audit = result.audit
        audit.changes[0].status = .rejected
        #expect(throws: RedactionError.cannotRejectUnanalysed(change: 0)) { try redactor.apply(audit: audit, to: input) }
    }

    @Test func invalidUTF8IsAnErrorOrRecordedWhenLossy() throws {
        let redactor = try RedactionFixtures.redactor()
        let bytes = Array("Dana Whitfield ".utf8) + [0xFF, 0xC3] + Array(" called 602-555-0143".utf8)
        #expect(throws: RedactionError.invalidUTF8(offset: 15)) { try redactor.redact(bytes: bytes, lossy: false) }
        let result = try redactor.redact(bytes: bytes, lossy: true)
        #expect(result.text == "[PERSON] \u{FFFD}\u{FFFD} called [PHONE]")
        #expect(result.audit.invalidUTF8 == [15..<16, 16..<17])
        #expect(try redactor.apply(audit: result.audit, toBytes: bytes).text == result.text)
        #expect(RedactionError.invalidUTF8(offset: 15).description == "invalid UTF-8 at byte offset 15")
    }
}
