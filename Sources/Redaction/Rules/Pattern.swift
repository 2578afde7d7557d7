import CPCRE2

/// A compiled, JIT-compiled PCRE2 pattern over UTF-8.
///
/// Compiled once with `PCRE2_UTF` (and `PCRE2_UCP` only when asked), immutable after
/// that, and shared by every thread. Matching needs a per-task ``Pattern/Scratch``.
///
/// `@unchecked Sendable` because PCRE2 documents compiled code as read-only during
/// matching and safe to share between threads (pcre2api, "MULTITHREADING"); the handle
/// is never mutated after `init` and is freed only in `deinit`.
final class Pattern: @unchecked Sendable {
    /// Compile options a rule may ask for.
    struct Options: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        /// Case-insensitive matching.
        static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        /// Unicode properties for `\w`, `\d`, `\b` (slow: only where a rule needs it).
        static let ucp = Options(rawValue: UInt32(PCRE2_UCP))
        /// Ignore white space and `#` comments in the pattern.
        static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
    }

    /// Limits applied to every match. Generous for real text, finite for pathological input.
    struct Limits: Sendable, Hashable {
        var match: UInt32 = 5_000_000
        var depth: UInt32 = 100_000
        var heapKibibytes: UInt32 = 64 * 1024
        static let `default` = Limits()
    }

    /// A single match: the overall byte range, and the byte range of each capture group
    /// read from PCRE2's match data (valid only while the `forEachMatch` body runs, so no
    /// array of groups is built for every match).
    struct Match {
        var range: Range<Int>
        /// PCRE2's offset vector for this match: pairs of offsets, whole match first.
        fileprivate let vector: UnsafeMutablePointer<Int>
        /// How many capture groups the pattern has.
        let captureCount: Int

        /// The byte range of capture group `number` (1 ... `captureCount`); nil when the group
        /// did not take part in the match or does not exist.
        func group(_ number: Int) -> Range<Int>? {
            guard number >= 1, number <= captureCount else { return nil }
            let lower = vector[2 * number]
            guard lower != cpcre2_unset() else { return nil }
            return lower..<vector[2 * number + 1]
        }
    }

    /// The most capture groups a rule's pattern may have (the match data holds this many pairs plus the whole match).
    static let maximumCaptures = 64

    let source: String
    let options: Options
    let captureCount: Int
    private let code: OpaquePointer
    let limits: Limits

    /// Compiles and JIT-compiles `source`.
    ///
    /// - Throws: ``PatternError/compile(message:offset:)`` with PCRE2's message and the
    ///   offset in the pattern; ``PatternError/jit(message:)`` if JIT compilation fails.
    init(_ source: String, options: Options = [], limits: Limits = .default) throws(PatternError) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        // PCRE2_USE_OFFSET_LIMIT lets a caller bound where a match may start, so a rule can
        // search only the windows its triggers open instead of the whole document.
        let flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_USE_OFFSET_LIMIT) | options.rawValue
        let compiled: OpaquePointer? = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(message: Self.message(for: errorCode), offset: errorOffset)
        }
        let jitResult = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        if jitResult != 0 {
            pcre2_code_free_8(compiled)
            throw .jit(message: Self.message(for: jitResult))
        }
        var captures: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        self.code = compiled
        self.source = source
        self.options = options
        self.captureCount = Int(captures)
        self.limits = limits
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// Calls `body` for every non-overlapping match in `bytes[range]`, left to right.
    /// `body` returns `false` to stop early. Matching reads the bytes in place. With
    /// `startLimit`, no match starts after that byte offset (lookarounds still see the
    /// whole range).
    ///
    /// - Throws: ``PatternError/limitExceeded(code:offset:)`` when a limit is reached
    ///   (the caller must not treat the text as analysed), or ``PatternError/match(code:message:)``.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>,
        range: Range<Int>? = nil,
        startLimit: Int? = nil,
        scratch: Scratch,
        _ body: (Match) -> Bool
    ) throws(PatternError) {
        pcre2_set_offset_limit_8(scratch.context, startLimit.map { $0 } ?? cpcre2_unset())
        defer { if startLimit != nil { pcre2_set_offset_limit_8(scratch.context, cpcre2_unset()) } }
        let range = range ?? 0..<bytes.count
        guard let base = bytes.baseAddress else {
            // An empty buffer may have no address; match against one real (unused) byte.
            let placeholder: [UInt8] = [0]
            try placeholder.withUnsafeBufferPointer { (one) throws(PatternError) in
                try forEachMatch(in: UnsafeBufferPointer(start: one.baseAddress, count: 0), range: 0..<0, scratch: scratch, body)
            }
            return
        }
        let matchData = scratch.matchData
        let context = scratch.context
        var start = range.lowerBound
        let length = range.upperBound
        while start <= length {
            // Every pattern is JIT-compiled (init throws otherwise), so the JIT entry point is
            // called directly: it skips pcre2_match's argument checks, which cost as much as a
            // short failed attempt and run hundreds of times per document.
            let result = pcre2_jit_match_8(code, base, length, start, 0, matchData, context)
            if result == PCRE2_ERROR_NOMATCH { return }
            // 0 means the match data was too small for the groups: never silently accept it.
            if result == 0 { throw .match(code: 0, message: "match data too small for the pattern's groups") }
            if result < 0 {
                switch result {
                case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT:
                    throw .limitExceeded(code: result, offset: start)
                default:
                    throw .match(code: result, message: Self.message(for: result))
                }
            }
            let vector = pcre2_get_ovector_pointer_8(matchData)!
            let matchStart = vector[0]
            let matchEnd = vector[1]
            if !body(Match(range: matchStart..<matchEnd, vector: vector, captureCount: captureCount)) { return }
            if matchEnd > matchStart {
                start = matchEnd
            } else {
                // Empty match: step over one whole scalar.
                guard matchEnd < length else { return }
                start = matchEnd + UTF8Decoding.length(lead: bytes[matchEnd])
            }
        }
    }

    /// Whether the pattern matches anywhere in `string` (convenience for tests and loading).
    func matches(_ string: String) throws(PatternError) -> Bool {
        var found = false
        let bytes = Array(string.utf8)
        let scratch = Scratch(limits: limits)
        try bytes.withUnsafeBufferPointer { (buffer) throws(PatternError) in
            try forEachMatch(in: buffer, scratch: scratch) { _ in
                found = true
                return false
            }
        }
        return found
    }

    /// PCRE2's message for an error code.
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }

    /// Per-task matching state: match data (room for 64 groups), a match context with the
    /// limits, and a JIT stack. Reused across every pattern and match of one task.
    ///
    /// `@unchecked Sendable` only so that ``ScratchPool`` can hand it from one document to
    /// the next: at any time exactly one owner uses it (the pool, or one document's
    /// analysis), and PCRE2 match state is safe to move between threads when not in use.
    final class Scratch: @unchecked Sendable {
        let matchData: OpaquePointer
        let context: OpaquePointer
        private let jitStack: OpaquePointer?

        init(limits: Limits = .default) {
            matchData = pcre2_match_data_create_8(UInt32(Pattern.maximumCaptures + 1), nil)!
            context = pcre2_match_context_create_8(nil)!
            pcre2_set_match_limit_8(context, limits.match)
            pcre2_set_depth_limit_8(context, limits.depth)
            pcre2_set_heap_limit_8(context, limits.heapKibibytes)
            jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
            if let jitStack {
                pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
            }
        }

        deinit {
            pcre2_match_data_free_8(matchData)
            pcre2_match_context_free_8(context)
            if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        }
    }
}
