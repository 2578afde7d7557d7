import Foundation
import Testing
import Redaction

/// `Redactor.redactions(of:jobs:)`: order, read-ahead bound, errors.
struct AsyncSequenceTests {
    /// An async sequence of strings that counts how many elements were pulled, and can fail
    /// at a given element.
    struct CountingSequence: AsyncSequence, Sendable {
        typealias Element = String
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            var pulled: Int { lock.withLock { value } }
            func increment() { lock.withLock { value += 1 } }
        }
        struct Boom: Error, Equatable {}

        let texts: [String]
        let failAt: Int?
        let counter = Counter()

        struct AsyncIterator: AsyncIteratorProtocol {
            let texts: [String]
            let failAt: Int?
            let counter: Counter
            var index = 0
            mutating func next() async throws -> String? {
                guard index < texts.count else { return nil }
                if index == failAt { throw Boom() }
                counter.increment()
                defer { index += 1 }
                return texts[index]
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(texts: texts, failAt: failAt, counter: counter) }
    }

    static let texts = (0..<23).map { "Report \($0): Dana Whitfield called (602) 555-0143 on 3/\($0 % 28 + 1)/2024." }

    @Test(arguments: [1, 2, 5, 64])
    func yieldsOneResultPerInputInOrder(jobs: Int) async throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered])
        let expected = try Self.texts.map { try redactor.redact($0) }
        var results: [RedactionResult] = []
        for try await result in redactor.redactions(of: CountingSequence(texts: Self.texts, failAt: nil), jobs: jobs) {
            results.append(result)
        }
        #expect(results == expected)
    }

    @Test func readsAheadAtMostJobsDocuments() async throws {
        let redactor = try RedactionFixtures.redactor()
        let source = CountingSequence(texts: Self.texts, failAt: nil)
        var iterator = redactor.redactions(of: source, jobs: 3).makeAsyncIterator()
        _ = try await iterator.next()
        #expect(source.counter.pulled == 3)
        _ = try await iterator.next()
        #expect(source.counter.pulled == 4)
    }

    @Test func emptyBaseGivesNoResults() async throws {
        let redactor = try RedactionFixtures.redactor()
        var iterator = redactor.redactions(of: CountingSequence(texts: [], failAt: nil)).makeAsyncIterator()
        #expect(try await iterator.next() == nil)
        #expect(try await iterator.next() == nil)
    }

    @Test func baseErrorEndsTheSequenceAfterEarlierResults() async throws {
        let redactor = try RedactionFixtures.redactor()
        var iterator = redactor.redactions(of: CountingSequence(texts: Self.texts, failAt: 4), jobs: 2).makeAsyncIterator()
        var received = 0
        await #expect(throws: CountingSequence.Boom()) {
            while try await iterator.next() != nil { received += 1 }
        }
        // Reading ahead two at a time, the failure at element 4 surfaces once 0…2 are delivered
        // (element 3 was started but its result is dropped, fail closed).
        #expect(received == 3)
        #expect(try await iterator.next() == nil)
    }

    @Test func worksWithAsyncStream() async throws {
        let redactor = try RedactionFixtures.redactor()
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        for text in Self.texts.prefix(5) { continuation.yield(text) }
        continuation.finish()
        var texts: [String] = []
        for try await result in redactor.redactions(of: stream) { texts.append(result.text) }
        #expect(texts.count == 5)
        #expect(texts.allSatisfy { !$0.contains("Whitfield") && $0.contains("[PERSON]") })
    }
}
