import Foundation
import Testing
@testable import Redaction

/// Many tasks × many documents on one shared `Redactor` give byte-identical results to a
/// serial run (run it under ThreadSanitizer with `make check`).
struct ConcurrencyStressTests {
    @Test func manyTasksManyDocumentsMatchASerialRun() async throws {
        let redactor = Reliability.redactor
        let documents = try (Reliability.corpus("Fixtures/corpus/dev-a.jsonl").documents
            + Reliability.corpus("Fixtures/corpus/dev-b.jsonl").documents).map(\.text)
            + ["Call 602\u{200B}555-0143.", "Officer J\u{43E}hnson", "six oh two five five five zero one four three", ""]
        let serial = try documents.map { try Self.bytes(redactor.redact($0)) }
        let tasks = 8
        // Each task redacts every document, starting at a different one, so the same
        // document is in flight in several tasks at once.
        let concurrent = try await withThrowingTaskGroup(of: [Int: [UInt8]].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var out: [Int: [UInt8]] = [:]
                    for step in 0..<documents.count {
                        let index = (step + task * documents.count / tasks) % documents.count
                        out[index] = try Self.bytes(redactor.redact(documents[index]))
                    }
                    return out
                }
            }
            var all: [[Int: [UInt8]]] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(concurrent.count == tasks)
        for result in concurrent {
            #expect(result.count == documents.count)
            for (index, bytes) in result {
                #expect(bytes == serial[index], "document \(index) differs")
            }
        }
        // The batch API (one task per document) agrees too.
        let batch = try await redactor.redact(documents, jobs: 16)
        #expect(try batch.map(Self.bytes) == serial)
    }

    /// The text and the audit as JSON bytes (sorted keys), for a byte-for-byte comparison.
    static func bytes(_ result: RedactionResult) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(result.text.utf8) + [0] + Array(try encoder.encode(result.audit))
    }
}
