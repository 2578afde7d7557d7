import Foundation
import Testing
@testable import Redaction

/// Shared checks for the reliability tests.
enum Reliability {
    /// A redactor over the bundled detectors with a fixed key.
    static let redactor: Redactor = {
        do {
            return try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.key))
        } catch {
            fatalError("redactor: \(error)")
        }
    }()

    /// The package root (four levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Reads a fixture corpus.
    static func corpus(_ relative: String) throws -> Corpus {
        try Corpus(contentsOf: packageRoot.appendingPathComponent(relative))
    }

    /// Checks what every redaction must satisfy: the output is the input with exactly the
    /// audit's replacements (spans in bounds, ordered, non-overlapping, text between them
    /// unchanged), and re-applying the audit reproduces output and audit.
    static func expectSound(_ result: RedactionResult, of input: String, redactor: Redactor = Reliability.redactor,
                            reapply: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let inputBytes = Array(input.utf8)
        let output = Array(result.text.utf8)
        #expect(result.audit.inputLength.utf8 == inputBytes.count, sourceLocation: sourceLocation)
        #expect(result.audit.outputLength.utf8 == output.count, sourceLocation: sourceLocation)
        var inputCursor = 0
        var outputCursor = 0
        var sound = true
        for change in result.audit.changes where change.status == .applied {
            guard let span = change.input.utf8, let out = change.output?.utf8, let replacement = change.replacement,
                  span.lowerBound >= inputCursor, !span.isEmpty, span.upperBound <= inputBytes.count,
                  out.lowerBound == outputCursor + (span.lowerBound - inputCursor), out.upperBound <= output.count,
                  output[outputCursor..<out.lowerBound].elementsEqual(inputBytes[inputCursor..<span.lowerBound]),
                  output[out].elementsEqual(replacement.utf8) else {
                sound = false
                break
            }
            inputCursor = span.upperBound
            outputCursor = out.upperBound
        }
        if sound {
            sound = output[outputCursor...].elementsEqual(inputBytes[inputCursor...])
        }
        #expect(sound, "the output is not the input with the audit's replacements", sourceLocation: sourceLocation)
        if reapply {
            let again = try redactor.apply(audit: result.audit, to: input)
            #expect(again.text == result.text, sourceLocation: sourceLocation)
            #expect(again.audit == result.audit, sourceLocation: sourceLocation)
        }
    }

    /// Runs `body` and fails when it takes longer than `seconds` (hang guard for
    /// pathological input; generous, as tests run in debug builds on shared cores).
    static func withinSeconds<T>(_ seconds: Double, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let value = try body()
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < seconds, "took \(elapsed) s", sourceLocation: sourceLocation)
        return value
    }
}
