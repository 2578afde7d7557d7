import Testing
@testable import Redaction

/// Invariants of the fast paths in tokenization, checked against the slow, obvious way
/// on seeded random text.
struct TokenizerPropertyTests {
    /// Pieces that exercise ICU's word rules on ASCII: letters, digits, mid-letter and
    /// mid-number punctuation, the extend-num-let underscore, spaces and line breaks.
    static let asciiPieces = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) } + ["a", "Z", "7", "'", ".", ",", "_", "@", "\n", "\r\n", "\t", "\u{0B}", "\u{0C}", "\u{1}"]
    /// Pieces with accents, emoji, CJK, combining marks and Arabic as well.
    static let mixedPieces = asciiPieces + ["é", "É", "e\u{301}", "ß", "ø", "Ł", "ễ", "’", "👮🏽‍♀️", "👍", "東京", "都", "محمد", "\u{200B}", "\u{00A0}", "𝒜", "Ǆ", "ǅ"]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func asciiStatusMatchesICU(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<400 {
            let sample = generator.string(of: Self.asciiPieces, count: Int.random(in: 1...40, using: &generator))
            let bytes = Array(sample.utf8)
            let fast = try boundaries(bytes, exact: false)
            let exact = try boundaries(bytes, exact: true)
            #expect(fast.map(\.0) == exact.map(\.0), "boundaries of \(sample.debugDescription)")
            #expect(fast.map(\.1) == exact.map(\.1), "statuses of \(sample.debugDescription)")
        }
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func tokenKeysMatchTheGazetteerKey(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let sample = generator.string(of: Self.mixedPieces, count: Int.random(in: 1...30, using: &generator))
            let text = try Text(sample)
            text.utf8.withUnsafeBufferPointer { bytes in
                for token in text.tokens where token.kind != .space {
                    #expect(token.key == TokenKey.key(bytes, token.range), "\(sample.debugDescription)")
                    #expect(token.key == TokenKey.key(text.slice(token.range)))
                }
            }
        }
    }

    @Test(arguments: [31, 32, 33, 34] as [UInt64])
    func wordAtATimeClassificationMatchesByteByByte(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = Self.asciiPieces + ["a", "b", "Z", "Q", "'", "'", "9", "O'B", "McD", "A'B"]
        for _ in 0..<3_000 {
            // 8 bytes of room after the segment, as the tokenizer requires.
            let segment = Array(generator.string(of: pieces, count: Int.random(in: 1...8, using: &generator)).utf8.prefix(8))
            let bytes = segment + Array(repeating: UInt8(ascii: "x"), count: 8)
            bytes.withUnsafeBufferPointer { buffer in
                let range = 0..<segment.count
                let fast = Tokenizer.classifyShortASCII(buffer, range)
                let slow = Tokenizer.classifyASCII(buffer, range)
                #expect(fast?.0 == slow?.0, "shape of \(String(decoding: segment, as: UTF8.self).debugDescription)")
                #expect(fast?.1 == slow?.1, "key of \(String(decoding: segment, as: UTF8.self).debugDescription)")
            }
        }
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func offsetsMatchANaiveWalk(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<100 {
            let sample = generator.string(of: Self.mixedPieces, count: Int.random(in: 0...60, using: &generator))
            let text = try Text(sample)
            // Naive: every scalar's start in each unit.
            var scalarAt: [Int: Int] = [:]
            var utf16At: [Int: Int] = [:]
            var utf8 = 0, utf16 = 0, scalars = 0
            for scalar in sample.unicodeScalars {
                scalarAt[utf8] = scalars
                utf16At[utf8] = utf16
                utf8 += scalar.utf8.count
                utf16 += scalar.utf16.count
                scalars += 1
            }
            scalarAt[utf8] = scalars
            utf16At[utf8] = utf16
            for offset in 0...utf8 {
                if let scalar = scalarAt[offset], let unit = utf16At[offset] {
                    #expect(try text.offsets.convert(offset, from: .utf8, to: .unicodeScalars) == scalar)
                    #expect(try text.offsets.convert(offset, from: .utf8, to: .utf16) == unit)
                    #expect(try text.offsets.convert(scalar, from: .unicodeScalars, to: .utf8) == offset)
                    #expect(try text.offsets.convert(unit, from: .utf16, to: .unicodeScalars) == scalar)
                } else {
                    #expect(throws: TextError.offsetNotOnBoundary(offset: offset, unit: .utf8)) {
                        try text.offsets.convert(offset, from: .utf8, to: .utf16)
                    }
                }
            }
            #expect(text.offsets.count(in: .unicodeScalars) == scalars)
            #expect(text.offsets.count(in: .utf16) == utf16)
            #expect(text.offsets.isASCII == (utf8 == scalars))
        }
    }

    private func boundaries(_ bytes: [UInt8], exact: Bool) throws -> [(Int, Int32)] {
        let breaker = try WordBreaker(.word)
        var result: [(Int, Int32)] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(TextError) in
            try breaker.forEachBoundary(in: buffer, exactStatus: exact) { result.append(($0, $1)) }
        }
        return result
    }
}
