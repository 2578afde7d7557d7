/// An error from compiling or running a PCRE2 pattern. Never carries the subject text.
public enum PatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pattern does not compile: PCRE2's message and the offset (in the pattern, in
    /// UTF-8 bytes) where compilation stopped.
    case compile(message: String, offset: Int)
    /// JIT compilation failed (PCRE2's message). Matching would still work, but slower;
    /// the library treats it as an error so a rule never silently falls back.
    case jit(message: String)
    /// Matching stopped at the match, depth or heap limit, or ran out of JIT stack, at the
    /// given byte offset of the subject. The caller must treat the region as unanalysed.
    case limitExceeded(code: Int32, offset: Int)
    /// Any other matching error (PCRE2's code and message).
    case match(code: Int32, message: String)

    /// A message that never quotes the subject.
    public var description: String {
        switch self {
        case .compile(let message, let offset): "pattern does not compile at offset \(offset): \(message)"
        case .jit(let message): "JIT compilation failed: \(message)"
        case .limitExceeded(let code, let offset): "match limit reached (PCRE2 code \(code)) at byte \(offset)"
        case .match(let code, let message): "PCRE2 match error \(code): \(message)"
        }
    }
}
