/// One segment of the text as ICU's word-break rules cut it.
///
/// Tokens tile the text: every byte belongs to exactly one token, spaces included.
/// A token is a small value (no `String`) so a document's tokens live in one array.
///
/// ```swift
/// let text = try Text("Sgt. O'Brien")
/// text.tokens.map { text.slice($0.range) } // ["Sgt", ".", " ", "O'Brien"]
/// ```
public struct Token: Sendable, Hashable {
    /// What a token is made of, from ICU's rule status and its first character.
    public enum Kind: UInt8, Sendable, Hashable, Codable {
        /// Letters (ICU word status letter, kana or ideographic), possibly with digits or
        /// inner apostrophes and periods ("O'Brien", "U.S.A", "K9").
        case letter
        /// A number (ICU word status number): "602", "3.5", "1,000".
        case number
        /// Punctuation, symbols and emoji: anything ICU does not call a word and that is not space.
        case punctuation
        /// White space, line breaks included.
        case space
    }

    /// The casing pattern of a token's letters.
    public enum Shape: UInt8, Sendable, Hashable, Codable {
        /// First letter upper case, at least one lower-case letter after it ("Smith", "McDonald" is ``mixed``).
        case capitalised
        /// Two or more letters, all upper case ("SMITH"), or a single upper-case letter ("J").
        case allCaps
        /// Every letter lower case ("smith").
        case lower
        /// Upper case after the first letter mixed with lower case ("McDonald", "iPhone").
        case mixed
        /// Digits only ("0143").
        case digits
        /// No cased letters and not only digits (punctuation, space, CJK, "K9-").
        case none
    }

    /// Start of the token, in UTF-8 bytes from the start of the text.
    public let start: Int32
    /// End of the token (exclusive), in UTF-8 bytes.
    public let end: Int32
    /// What the token is made of.
    public let kind: Kind
    /// The casing of its letters.
    public let shape: Shape
    /// Whether the token begins a sentence (first word token of an ICU sentence).
    public internal(set) var isSentenceStart: Bool
    /// Hash of the case- and accent-folded token, used for gazetteer look-ups.
    let key: UInt64

    /// The token's UTF-8 byte range.
    public var range: Range<Int> { Int(start)..<Int(end) }

    /// The length in UTF-8 bytes.
    public var length: Int { Int(end - start) }

    /// Whether the token is a word or a number (not punctuation or space).
    public var isWord: Bool { kind == .letter || kind == .number }

    init(start: Int, end: Int, kind: Kind, shape: Shape, key: UInt64, isSentenceStart: Bool = false) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.shape = shape
        self.key = key
        self.isSentenceStart = isSentenceStart
    }
}
