import CWordBreak

/// An ICU break iterator (word or sentence) over UTF-8 bytes.
///
/// Borrows the calling thread's own `rd_breaker` (the C wrapper keeps one per thread and
/// frees it when the thread exits). Not `Sendable`, and used only within one synchronous
/// call (`Text.init`), so it never crosses threads.
final class WordBreaker {
    /// Which boundaries to find.
    enum Mode: Int32 {
        case word = 0
        case sentence = 1
    }

    /// ICU's rule-status ranges for word boundaries.
    enum Status {
        static let numberRange: ClosedRange<Int32> = 100...199
        static let letterRange: ClosedRange<Int32> = 200...499
    }

    private let handle: OpaquePointer

    /// Opens a breaker; throws ``TextError/icuFailure(_:)`` when ICU cannot.
    init(_ mode: Mode) throws(TextError) {
        var error: Int32 = 0
        guard let handle = rd_breaker_thread_local(mode.rawValue, &error) else {
            throw .icuFailure(String(cString: rd_error_name(error)))
        }
        self.handle = handle
    }

    /// Calls `body(end, status)` for every boundary after the start of `bytes`, in order.
    /// `bytes` must stay valid for the duration of the call. Boundaries come from ICU in
    /// batches, so the C call is paid once per batch rather than once per segment.
    /// With `exactStatus` false (the default) the C side reads the status of plain ASCII
    /// segments off their bytes instead of asking ICU (tests check the two agree).
    @inline(__always)
    func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, exactStatus: Bool = false, _ body: (Int, Int32) -> Void) throws(TextError) {
        let result = bytes.withMemoryRebound(to: CChar.self) { chars in
            rd_breaker_set_utf8(handle, chars.baseAddress, Int64(chars.count))
        }
        if result != 0 {
            throw .icuFailure(String(cString: rd_error_name(result)))
        }
        let capacity = Self.batch
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * capacity) { buffer in
            let ends = buffer.baseAddress!
            let statuses = ends + capacity
            while true {
                let count = Int(rd_breaker_fill(handle, ends, statuses, Int32(capacity), exactStatus ? 1 : 0))
                for index in 0..<count { body(Int(ends[index]), statuses[index]) }
                if count < capacity { break }
            }
        }
    }

    /// Calls `body(ends, statuses)` for each batch of up to ``batch`` boundaries, in order
    /// (what ``forEachBoundary(in:exactStatus:_:)`` does one boundary at a time): a caller
    /// that makes one value per boundary can write a whole batch before storing it.
    @inline(__always)
    func forEachBatch(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void) throws(TextError) {
        let result = bytes.withMemoryRebound(to: CChar.self) { chars in
            rd_breaker_set_utf8(handle, chars.baseAddress, Int64(chars.count))
        }
        if result != 0 {
            throw .icuFailure(String(cString: rd_error_name(result)))
        }
        let capacity = Self.batch
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * capacity) { buffer in
            let ends = buffer.baseAddress!
            let statuses = ends + capacity
            while true {
                let count = Int(rd_breaker_fill(handle, ends, statuses, Int32(capacity), 0))
                if count > 0 { body(UnsafeBufferPointer(start: ends, count: count), UnsafeBufferPointer(start: statuses, count: count)) }
                if count < capacity { break }
            }
        }
    }

    /// Boundaries fetched per C call.
    static let batch = 512

    /// The version of the ICU library in use, e.g. "72.1".
    static var icuVersion: String { String(cString: rd_icu_version()) }
}
