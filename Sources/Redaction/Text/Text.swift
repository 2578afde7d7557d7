/// A document as every detector sees it: the original string, its UTF-8 bytes, ICU's
/// tokens and sentences, and exact offset conversion — computed once and shared.
///
/// ```swift
/// let text = try Text("Deputy Dana Whitfield (badge 4471) stopped the car.")
/// for token in text.tokens where token.kind == .letter && token.shape == .capitalised {
///     print(text.slice(token.range), token.range)
/// }
/// ```
///
/// `Text` is an immutable value and `Sendable`; building one runs ICU's word and sentence
/// break iterators once each.
public struct Text: Sendable {
    /// The original string.
    public let string: String
    /// The string's UTF-8 bytes. Every range in the library indexes these.
    public let utf8: [UInt8]
    /// ICU's word segments, tiling the text (spaces and punctuation included).
    public let tokens: [Token]
    /// ICU's sentences, as UTF-8 byte ranges tiling the text. Computed by ICU's sentence
    /// iterator on first use and cached (copies of the text share the cache); detection
    /// itself needs only ``Token/isSentenceStart``, which the tokenizer marks in its one pass.
    /// Should ICU fail here (it has just tokenized the same bytes, so this is not expected)
    /// the whole text is returned as one sentence.
    public var sentences: [Range<Int>] { sentenceCache.sentences(of: utf8) }
    private let sentenceCache = SentenceCache()
    /// Offset conversion between UTF-8, Unicode scalars and UTF-16.
    public let offsets: OffsetTable

    /// The largest text accepted, in UTF-8 bytes (offsets are stored in 32 bits).
    public static let maximumLength = Int(Int32.max) - 1

    /// Tokenizes `string`.
    ///
    /// - Throws: ``TextError/icuFailure(_:)`` when ICU fails, or
    ///   ``TextError/offsetOutOfBounds(offset:unit:)`` when the text exceeds ``maximumLength``.
    /// - Complexity: O(n) in the length of the text.
    public init(_ string: String) throws(TextError) {
        var owned = string
        owned.makeContiguousUTF8()
        self.string = owned
        let bytes = Array(owned.utf8)
        guard bytes.count <= Self.maximumLength else {
            throw .offsetOutOfBounds(offset: bytes.count, unit: .utf8)
        }
        self.utf8 = bytes
        let built = try bytes.withUnsafeBufferPointer { (buffer) throws(TextError) in
            try Tokenizer.tokenize(buffer)
        }
        self.tokens = built.tokens
        self.offsets = built.offsets
    }

    /// The text of a UTF-8 byte range (for display and tests; detectors avoid it in hot loops).
    public func slice(_ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// The `String.Index` of a UTF-8 offset.
    ///
    /// - Throws: ``TextError`` when the offset is out of bounds or inside a scalar.
    public func index(utf8 offset: Int) throws(TextError) -> String.Index {
        guard offset >= 0, offset <= utf8.count else { throw .offsetOutOfBounds(offset: offset, unit: .utf8) }
        if offset < utf8.count, UTF8Decoding.isContinuation(utf8[offset]) {
            throw .offsetNotOnBoundary(offset: offset, unit: .utf8)
        }
        return string.utf8.index(string.utf8.startIndex, offsetBy: offset)
    }

    /// The UTF-8 offset of a `String.Index` of ``string``.
    public func utf8Offset(of index: String.Index) -> Int {
        string.utf8.distance(from: string.utf8.startIndex, to: index)
    }

    /// Whether token `index` is the one punctuation character `scalar` ("#", ".", ",").
    func isPunctuation(_ index: Int, _ scalar: UInt8) -> Bool {
        tokens[index].kind == .punctuation && tokens[index].length == 1 && utf8[Int(tokens[index].start)] == scalar
    }

    /// The index of the token containing UTF-8 offset `offset` (binary search).
    public func tokenIndex(containing offset: Int) -> Int? {
        guard offset >= 0, offset < utf8.count else { return nil }
        var low = 0
        var high = tokens.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(tokens[mid].start) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
