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
    /// `bytes` must stay valid for the duration of the call.
    func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void) throws(TextError) {
        let result = bytes.withMemoryRebound(to: CChar.self) { chars in
            rd_breaker_set_utf8(handle, chars.baseAddress, Int64(chars.count))
        }
        if result != 0 {
            throw .icuFailure(String(cString: rd_error_name(result)))
        }
        var status: Int32 = 0
        while true {
            let next = rd_breaker_next(handle, &status)
            if next < 0 { break }
            body(Int(next), status)
        }
    }

    /// The version of the ICU library in use, e.g. "72.1".
    static var icuVersion: String { String(cString: rd_icu_version()) }
}
