import Foundation

extension Redactor {
    /// Redacts every string of an asynchronous stream, yielding the results in input order
    /// while up to `jobs` documents are redacted at once.
    ///
    /// Use it for streams — a socket, a message queue, lines of a file — where
    /// ``redact(_:jobs:)`` would need the whole batch in memory first. At most `jobs`
    /// documents are read ahead of the consumer, so memory stays bounded however long the
    /// stream is.
    ///
    /// ```swift
    /// let redactor = try Redactor()
    /// let lines = FileHandle.standardInput.bytes.lines      // any AsyncSequence of String
    /// for try await result in redactor.redactions(of: lines, jobs: 2) {
    ///     print(result.text)                                // same order as the input
    /// }
    /// ```
    ///
    /// Fail closed: the first error — the base sequence's, or a ``RedactionError`` for one
    /// document — ends the sequence and is thrown from `next()`; no later result is yielded.
    /// Documents already started when the iterator is dropped or its task is cancelled are
    /// cancelled (a document in progress finishes, but its result is discarded).
    ///
    /// - Parameters:
    ///   - documents: the texts to redact.
    ///   - jobs: how many documents are redacted at once (default: every active core; at least 1).
    /// - Returns: a sequence of ``RedactionResult``, one per input element, in input order.
    /// - Complexity: O(`jobs`) memory beyond the results the consumer keeps.
    public func redactions<Documents: AsyncSequence>(of documents: Documents, jobs: Int? = nil) -> RedactionSequence<Documents>
    where Documents.Element == String {
        RedactionSequence(base: documents, redactor: self, jobs: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
    }
}

/// The results of ``Redactor/redactions(of:jobs:)``: one ``RedactionResult`` per string
/// of the base sequence, in the base sequence's order.
///
/// ```swift
/// let results: RedactionSequence = redactor.redactions(of: messages)
/// for try await result in results { send(result.text, result.audit) }
/// ```
///
/// Each iterator reads ahead at most ``jobs`` elements and redacts them concurrently on
/// the global executor. It is `Sendable` when its base sequence is.
public struct RedactionSequence<Base: AsyncSequence>: AsyncSequence where Base.Element == String {
    /// The element: a redacted text with its audit.
    public typealias Element = RedactionResult
    /// Errors end the sequence: the base sequence's own, or a ``RedactionError``.
    public typealias Failure = any Error

    let base: Base
    /// The redactor used for every element.
    public let redactor: Redactor
    /// How many documents are redacted at once (and read ahead of the consumer).
    public let jobs: Int

    /// Creates an iterator that starts reading the base sequence on its first `next()`.
    ///
    /// ```swift
    /// var iterator = redactor.redactions(of: messages).makeAsyncIterator()
    /// let first = try await iterator.next()
    /// ```
    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), redactor: redactor, jobs: jobs)
    }

    /// Iterates a ``RedactionSequence``: keeps up to `jobs` redactions in flight and returns
    /// them in input order.
    ///
    /// ```swift
    /// var iterator = redactor.redactions(of: messages, jobs: 4).makeAsyncIterator()
    /// while let result = try await iterator.next() { print(result.text) }
    /// ```
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator?
        let redactor: Redactor
        let jobs: Int
        let inFlight = InFlight()

        init(base: Base.AsyncIterator, redactor: Redactor, jobs: Int) {
            self.base = base
            self.redactor = redactor
            self.jobs = jobs
        }

        /// The next result in input order, or nil after the last one.
        ///
        /// ```swift
        /// if let result = try await iterator.next() { print(result.audit.changes.count) }
        /// ```
        ///
        /// - Throws: the base sequence's error or the ``RedactionError`` of the next document,
        ///   after which the sequence is finished (later calls return nil).
        public mutating func next() async throws -> RedactionResult? {
            do {
                while inFlight.count < jobs, base != nil {
                    guard let document = try await base?.next() else {
                        base = nil
                        break
                    }
                    let redactor = redactor
                    inFlight.append(Task { try redactor.redact(document) })
                }
                guard let task = inFlight.popFirst() else { return nil }
                let inFlight = inFlight
                return try await withTaskCancellationHandler {
                    try await task.value
                } onCancel: {
                    task.cancel()
                    inFlight.cancelAll()
                }
            } catch {
                base = nil
                inFlight.cancelAll()
                throw error
            }
        }
    }
}

extension RedactionSequence: Sendable where Base: Sendable {}

/// The tasks an iterator has started, oldest first; cancels them when the iterator goes away.
///
/// A class so that the iterator (a value) and its cancellation handler share one list, and
/// `deinit` can cancel what a dropped iterator left running. `@unchecked Sendable` because
/// the lock guards every access to `tasks`.
final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var tasks: [Task<RedactionResult, any Error>] = []

    var count: Int { lock.withLock { tasks.count } }

    func append(_ task: Task<RedactionResult, any Error>) {
        lock.withLock { tasks.append(task) }
    }

    func popFirst() -> Task<RedactionResult, any Error>? {
        lock.withLock { tasks.isEmpty ? nil : tasks.removeFirst() }
    }

    func cancelAll() {
        let pending = lock.withLock {
            defer { tasks.removeAll() }
            return tasks
        }
        for task in pending { task.cancel() }
    }

    deinit {
        for task in tasks { task.cancel() }
    }
}
