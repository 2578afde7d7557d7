/// Runs ICU over UTF-8 bytes and classifies each segment; the one place tokens are made.
enum Tokenizer {
    struct Output {
        var tokens: [Token]
        var sentences: [Range<Int>]
        var offsets: OffsetTable
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextError) -> Output {
        let words = try WordBreaker(.word)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3 + 4)
        var previous = 0
        try words.forEachBoundary(in: bytes) { end, status in
            tokens.append(classify(bytes, previous..<end, status: status))
            previous = end
        }
        let sentencesBreaker = try WordBreaker(.sentence)
        var sentences: [Range<Int>] = []
        previous = 0
        try sentencesBreaker.forEachBoundary(in: bytes) { end, _ in
            sentences.append(previous..<end)
            previous = end
        }
        markSentenceStarts(&tokens, sentences)
        return Output(tokens: tokens, sentences: sentences, offsets: OffsetTable(bytes))
    }

    /// Marks the first word token of every sentence.
    private static func markSentenceStarts(_ tokens: inout [Token], _ sentences: [Range<Int>]) {
        var sentence = 0
        var needStart = true
        for index in tokens.indices {
            let start = Int(tokens[index].start)
            while sentence < sentences.count, start >= sentences[sentence].upperBound {
                sentence += 1
                needStart = true
            }
            if needStart, tokens[index].isWord {
                tokens[index].isSentenceStart = true
                needStart = false
            }
        }
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
        var upper = 0
        var lower = 0
        var digits = 0
        var other = 0
        var firstCasedIsUpper = false
        var seenCased = false
        var innerUpper = false
        var previousWasApostrophe = false
        var hash = TokenKey.offsetBasis
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            var isUpper = false
            var isLower = false
            var isApostrophe = false
            if lead < 0x80 {
                var folded = lead
                switch lead {
                case 0x41...0x5A: isUpper = true; folded |= 0x20
                case 0x61...0x7A: isLower = true
                case 0x30...0x39: digits += 1
                case 0x27: isApostrophe = true; other += 1
                default: other += 1
                }
                hash = (hash ^ UInt64(folded)) &* TokenKey.prime
                index += 1
            } else {
                let (value, length) = UTF8Decoding.decode(bytes, at: index)
                if let scalar = Unicode.Scalar(value) {
                    let properties = scalar.properties
                    if properties.isUppercase { isUpper = true } else if properties.isLowercase { isLower = true } else if value == 0x2019 || value == 0x02BC { isApostrophe = true; other += 1 } else if properties.generalCategory != .nonspacingMark { other += 1 }
                }
                TokenKey.mix(&hash, scalar: value)
                index += length
            }
            if isUpper {
                upper += 1
                if !seenCased { firstCasedIsUpper = true } else if !previousWasApostrophe { innerUpper = true }
                seenCased = true
            } else if isLower {
                lower += 1
                seenCased = true
            }
            previousWasApostrophe = isApostrophe
        }
        let shape: Token.Shape
        if upper == 0 && lower == 0 {
            shape = digits > 0 && other == 0 ? .digits : .none
        } else if lower == 0 {
            shape = .allCaps
        } else if upper == 0 {
            shape = .lower
        } else if firstCasedIsUpper && !innerUpper {
            shape = .capitalised
        } else {
            shape = .mixed
        }
        return Token(start: range.lowerBound, end: range.upperBound, kind: kind, shape: shape, key: hash)
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
