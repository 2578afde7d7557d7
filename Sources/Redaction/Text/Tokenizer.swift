/// Runs ICU over UTF-8 bytes and classifies each segment; the one place tokens are made.
enum Tokenizer {
    struct Output {
        var tokens: [Token]
        var offsets: OffsetTable
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextError) -> Output {
        let words = try WordBreaker(.word)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3 + 4)
        var previous = 0
        var sentences = SentenceStarts()
        // A batch of tokens is made in a scratch buffer and appended at once: one capacity
        // and uniqueness check per batch instead of per token.
        try withUnsafeTemporaryAllocation(of: Token.self, capacity: WordBreaker.batch) { (batch) throws(TextError) in
            try words.forEachBatch(in: bytes) { ends, statuses in
                for index in 0..<ends.count {
                    let end = Int(ends[index])
                    var token = classify(bytes, previous..<end, status: statuses[index])
                    sentences.visit(&token, bytes)
                    (batch.baseAddress! + index).initialize(to: token)
                    previous = end
                }
                tokens.append(contentsOf: UnsafeBufferPointer(start: batch.baseAddress, count: ends.count))
            }
        }
        return Output(tokens: tokens, offsets: OffsetTable(bytes))
    }

    /// ICU's sentences over `bytes` (run on demand: detection needs only sentence starts,
    /// which ``SentenceStarts`` finds from the tokens without a second ICU pass).
    static func sentences(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextError) -> [Range<Int>] {
        let breaker = try WordBreaker(.sentence)
        var sentences: [Range<Int>] = []
        var previous = 0
        try breaker.forEachBoundary(in: bytes) { end, _ in
            sentences.append(previous..<end)
            previous = end
        }
        return sentences
    }

    /// Kind, shape and folded key of one segment.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, status: Int32) -> Token {
        let kind: Token.Kind
        if WordBreaker.Status.letterRange.contains(status) {
            kind = .letter
        } else if WordBreaker.Status.numberRange.contains(status) {
            kind = .number
        } else if isSpace(bytes, at: range.lowerBound) {
            kind = .space
        } else {
            kind = .punctuation
        }
        if kind == .space {
            return Token(start: range.lowerBound, end: range.upperBound, kind: kind, shape: .none, key: 0)
        }
        // A short segment's word test already tells whether it is ASCII; a nil there means
        // the general loop below, not a second ASCII scan.
        let ascii = range.count <= 8 && range.lowerBound + 8 <= bytes.count ? classifyShortASCII(bytes, range) : classifyASCII(bytes, range)
        if let (shape, key) = ascii {
            return Token(start: range.lowerBound, end: range.upperBound, kind: kind, shape: shape, key: key)
        }
        var counts = ShapeCounts()
        var hasher = TokenKey.Hasher()
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            if lead < 0x80 {
                counts.add(ascii: lead)
                hasher.add(lead &- 0x41 < 26 ? lead | 0x20 : lead)
                index += 1
            } else {
                let (value, length) = UTF8Decoding.decode(bytes, at: index)
                if let scalar = Unicode.Scalar(value) {
                    let properties = scalar.properties
                    if properties.isUppercase {
                        counts.add(upper: true)
                    } else if properties.isLowercase {
                        counts.add(upper: false)
                    } else if value == 0x2019 || value == 0x02BC {
                        counts.addApostrophe()
                    } else if properties.generalCategory != .nonspacingMark {
                        counts.addOther()
                    } else {
                        counts.previousWasApostrophe = false
                    }
                }
                TokenKey.mix(&hasher, scalar: value)
                index += length
            }
        }
        return Token(start: range.lowerBound, end: range.upperBound, kind: kind, shape: counts.shape, key: hasher.finish())
    }

    /// Shape and key of an all-ASCII segment of at most 8 bytes, all bytes at once in one
    /// 64-bit word (byte-wise range tests without carries between bytes, since every byte
    /// is below 0x80); the same answer as ``classifyASCII(_:_:)``, which a property test
    /// checks. Needs 8 readable bytes from the start; nil when a byte is not ASCII.
    @inline(__always)
    static func classifyShortASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Token.Shape, UInt64)? {
        let length = range.count
        let raw = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let valid: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
        let x = UInt64(littleEndian: raw) & valid
        guard x & high == 0 else { return nil }
        let validHigh = valid & high
        @inline(__always) func atLeast(_ bound: UInt64) -> UInt64 { (x &+ (0x80 &- bound) &* 0x0101_0101_0101_0101) & validHigh }
        let upper = atLeast(0x41) & ~atLeast(0x5B)
        let lower = atLeast(0x61) & ~atLeast(0x7B)
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let apostrophe = ~((x ^ 0x2727_2727_2727_2727) &+ 0x7F7F_7F7F_7F7F_7F7F) & validHigh
        let other = validHigh & ~(upper | lower | digit)
        let shape: Token.Shape
        if upper == 0 && lower == 0 {
            shape = digit != 0 && other == 0 ? .digits : .none
        } else if lower == 0 {
            shape = .allCaps
        } else if upper == 0 {
            shape = .lower
        } else {
            let cased = upper | lower
            let first = cased & (~cased &+ 1)
            let upperAfterFirst = upper & ~(first | (first &- 1))
            let innerUpper = upperAfterFirst & ~(apostrophe &<< 8) != 0
            shape = upper & first != 0 && !innerUpper ? .capitalised : .mixed
        }
        return (shape, TokenKey.Hasher.key(word: x | (upper >> 2), length: length))
    }

    /// Shape and key of an all-ASCII segment in one tight loop; nil when the segment has
    /// a non-ASCII byte (the general loop handles it).
    @inline(__always)
    static func classifyASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Token.Shape, UInt64)? {
        var counts = ShapeCounts()
        var hasher = TokenKey.Hasher()
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            counts.add(ascii: byte)
            hasher.add(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            index += 1
        }
        return (counts.shape, hasher.finish())
    }

    /// Running counts that decide a segment's ``Token/Shape``.
    private struct ShapeCounts {
        var upper = 0
        var lower = 0
        var digits = 0
        var other = 0
        var firstCasedIsUpper = false
        var seenCased = false
        var innerUpper = false
        var previousWasApostrophe = false

        @inline(__always)
        mutating func add(ascii byte: UInt8) {
            if byte &- 0x41 < 26 {
                add(upper: true)
            } else if byte &- 0x61 < 26 {
                add(upper: false)
            } else if byte &- 0x30 < 10 {
                digits += 1
                previousWasApostrophe = false
            } else if byte == 0x27 {
                addApostrophe()
            } else {
                addOther()
            }
        }

        @inline(__always)
        mutating func add(upper isUpper: Bool) {
            if isUpper {
                upper += 1
                if !seenCased { firstCasedIsUpper = true } else if !previousWasApostrophe { innerUpper = true }
            } else {
                lower += 1
            }
            seenCased = true
            previousWasApostrophe = false
        }

        @inline(__always)
        mutating func addApostrophe() {
            other += 1
            previousWasApostrophe = true
        }

        @inline(__always)
        mutating func addOther() {
            other += 1
            previousWasApostrophe = false
        }

        var shape: Token.Shape {
            if upper == 0 && lower == 0 { return digits > 0 && other == 0 ? .digits : .none }
            if lower == 0 { return .allCaps }
            if upper == 0 { return .lower }
            return firstCasedIsUpper && !innerUpper ? .capitalised : .mixed
        }
    }

    /// Whether the scalar at `index` is white space (ASCII or Unicode space separators).
    @inline(__always)
    static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        switch lead {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default:
            let (value, _) = UTF8Decoding.decode(bytes, at: index)
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isWhitespace
        }
    }
}
