import Foundation
import PropertyBased
import Testing
@testable import Redaction

/// Invariants over generated narratives, and one redactor shared by many tasks.
struct RedactionPropertyTests {
    /// Fragments of generated narratives: plain words (some non-ASCII) and identifiers the
    /// test rule pack detects.
    static let fragments = [
        "the", "deputy", "stopped", "a", "car", "near", "the", "école", "👮🏽", "and", "then", "called", "—", "\n", ".", ",",
        "Dana Whitfield", "Whitfield's", "Tom Okafor", "Okafor", "José Müller", "Müller’s", "DANA WHITFIELD", "Dana",
        "602-555-0143", "(480) 555-0199", "badge 4471", "badge #90210", "3/14/2024", "March 20, 2024", "2024-04-01",
        "KJX-2291", "dispatch@county.org", "last spring",
    ]

    static let narratives = Gen.int(in: 0...(fragments.count - 1)).array(of: 0...40).map { indexes in
        indexes.map { fragments[$0] }.joined(separator: " ")
    }

    @Test func redactingTypeTaggedTextAgainChangesNothing() async throws {
        let redactor = try RedactionFixtures.redactor()
        await propertyCheck(input: Self.narratives) { text in
            let once = try redactor.redact(text).text
            let twice = try redactor.redact(once)
            #expect(twice.text == once)
            #expect(twice.audit.changes.isEmpty)
        }
    }

    @Test(arguments: RedactionOperator.allCases)
    func noDetectedTextSurvivesAndSpansAreOrderedAndInBounds(_ op: RedactionOperator) async throws {
        let redactor = try RedactionFixtures.redactor(default: op)
        await propertyCheck(count: 60, input: Self.narratives) { text in
            let result = try redactor.redact(text)
            let bytes = Array(text.utf8)
            let audit = result.audit
            #expect(audit.inputLength.utf8 == bytes.count && audit.outputLength.utf8 == result.text.utf8.count)
            var previousInput = 0
            var previousOutput = 0
            for change in audit.changes {
                let input = try #require(change.input.utf8)
                let output = try #require(change.output?.utf8)
                #expect(input.lowerBound >= previousInput && input.upperBound <= bytes.count && !input.isEmpty)
                #expect(output.lowerBound >= previousOutput && output.upperBound <= audit.outputLength.utf8)
                for (range, count) in [(change.input.unicodeScalars, audit.inputLength.unicodeScalars), (change.input.utf16, audit.inputLength.utf16),
                                       (change.output?.unicodeScalars, audit.outputLength.unicodeScalars), (change.output?.utf16, audit.outputLength.utf16)] {
                    let range = try #require(range)
                    #expect(range.lowerBound >= 0 && range.upperBound <= count)
                }
                previousInput = input.upperBound
                previousOutput = output.upperBound
                // Identifiers of at least two letters or digits never survive (a possessive
                // ending is kept on purpose and is not an identifier).
                let original = String(decoding: bytes[input], as: UTF8.self)
                let core = Mention(label: change.label, raw: original).core
                if op == .surrogate {
                    // A realistic surrogate may share a fragment with another identifier by
                    // chance (a shifted date keeps its year); the replaced span itself must differ.
                    let replaced = String(decoding: Array(result.text.utf8)[output], as: UTF8.self)
                    #expect(replaced != original, "change at \(input) kept its text")
                } else if core.unicodeScalars.count >= 3 {
                    // Shorter fragments ("01") can occur by chance inside a pseudonym's hex digits.
                    #expect(!result.text.contains(core), "change at \(input) survived")
                }
            }
            #expect(try redactor.apply(audit: audit, to: text) == result)
        }
    }

    @Test func concurrentCallersMatchASerialRun() async throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered, .phone: .surrogate, .date: .surrogate], default: .pseudonym)
        var generator = SystemRandomNumberGenerator()
        let documents = (0..<120).map { index in
            (0..<25).map { _ in Self.fragments.randomElement(using: &generator)! }.joined(separator: " ") + " #\(index)"
        }
        let serial = try documents.map { try redactor.redact($0) }
        let batch = try await redactor.redact(documents)
        #expect(batch == serial)
        let narrow = try await redactor.redact(documents, jobs: 1)
        #expect(narrow == serial)
        let tasks = try await withThrowingTaskGroup(of: (Int, RedactionResult).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, try redactor.redact(document)) }
            }
            var results = [RedactionResult?](repeating: nil, count: documents.count)
            for try await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
        #expect(tasks == serial)
    }
}
