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
        try words.forEachBoundary(in: bytes) { end, status in
            tokens.append(classify(bytes, previous..<end, status: status))
            previous = end
        }
        markSentenceStarts(&tokens, bytes)
        return Output(tokens: tokens, offsets: OffsetTable(bytes))
    }

    /// ICU's sentences over `bytes` (run on demand: detection needs only sentence starts,
    /// which ``markSentenceStarts(_:_:)`` finds from the tokens without a second ICU pass).
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

    /// Abbreviations after which a period does not end a sentence ("Sgt. Price", "St. Louis").
    private static let abbreviations = KeySet([
        "mr", "mrs", "ms", "dr", "sgt", "lt", "capt", "cpt", "det", "ofc", "dep", "cpl", "tpr", "insp", "supt", "st", "jr", "sr", "vs", "v",
        "no", "inc", "co", "approx", "ave", "blvd", "rd", "mt", "ft", "gen", "gov", "rep", "sen", "prof", "rev", "hon", "col", "maj", "sgt",
        "cmdr", "const", "p.o", "u.s", "e.g", "i.e", "etc", "a.m", "p.m", "dept", "apt", "ste", "fig", "vol", "est", "ma", "wm",
    ].map { TokenKey.key($0) })

    /// Marks the first word of every sentence, following ICU's sentence rules where they
    /// matter here: a line break starts a sentence; "!" and "?" end one; "." ends one when
    /// the next word starts with a capital or a digit and the word before the period is
    /// neither a listed abbreviation nor a single letter (an initial).
    static func markSentenceStarts(_ tokens: inout [Token], _ bytes: UnsafeBufferPointer<UInt8>) {
        var pending = true
        var afterPeriod = false
        var lastWord: Int? = nil
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .space:
                if bytes[token.range].contains(0x0A) {
                    pending = true
                    afterPeriod = false
                }
            case .punctuation:
                let byte = bytes[Int(token.start)]
                if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    pending = true
                    afterPeriod = false
                } else if byte == UInt8(ascii: ".") || (byte == 0xE2 && token.length == 3 && bytes[Int(token.start) + 2] == 0xA6) {
                    let abbreviation = lastWord.map { tokens[$0].kind == .letter && (tokens[$0].length == 1 || abbreviations.contains(tokens[$0].key)) } ?? false
                    if !abbreviation || token.length == 3 {
                        afterPeriod = true
                    }
                }
            case .letter, .number:
                if afterPeriod {
                    let first = bytes[Int(token.start)]
                    let lowerInitial = first >= 0x61 && first <= 0x7A
                    if !lowerInitial { pending = true }
                    afterPeriod = false
                }
                if pending {
                    tokens[index].isSentenceStart = true
                    pending = false
                }
                lastWord = index
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
        if let (shape, key) = classifyASCII(bytes, range) {
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

    /// Shape and key of an all-ASCII segment in one tight loop; nil when the segment has
    /// a non-ASCII byte (the general loop handles it).
    @inline(__always)
    private static func classifyASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Token.Shape, UInt64)? {
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
