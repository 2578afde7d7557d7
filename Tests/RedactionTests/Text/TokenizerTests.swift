import Testing
@testable import Redaction

/// Word segments of the hard cases the foundation issue lists, as ICU 72 cuts them.
struct TokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        /// Non-space tokens, in order.
        let words: [String]
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "O'Brien", words: ["O'Brien"]),
        Case(input: "O’Brien", words: ["O’Brien"]),
        Case(input: "Smith's", words: ["Smith's"]),
        Case(input: "602-555-0143", words: ["602", "-", "555", "-", "0143"]),
        Case(input: "3/14/19", words: ["3", "/", "14", "/", "19"]),
        Case(input: "K9-112", words: ["K9", "-", "112"]),
        Case(input: "St.", words: ["St", "."]),
        Case(input: "1423 W. Oak St.", words: ["1423", "W", ".", "Oak", "St", "."]),
        Case(input: "U.S.A.", words: ["U.S.A", "."]),
        Case(input: "jo.smith@example.org", words: ["jo.smith@example.org"]),
        Case(input: "👮🏽‍♀️ ok", words: ["👮🏽‍♀️", "ok"]),
        Case(input: "👍🏿", words: ["👍🏿"]),
        Case(input: "東京都", words: ["東京", "都"]),
        Case(input: "محمد علي", words: ["محمد", "علي"]),
        Case(input: "Jose\u{301}", words: ["Jose\u{301}"]),
    ]

    @Test(arguments: cases)
    func segments(_ example: Case) throws {
        let text = try Text(example.input)
        let words = text.tokens.filter { $0.kind != .space }.map { text.slice($0.range) }
        #expect(words == example.words)
    }

    @Test(arguments: cases)
    func tokensTileTheText(_ example: Case) throws {
        let text = try Text(example.input)
        var expected = 0
        for token in text.tokens {
            #expect(Int(token.start) == expected)
            #expect(token.end > token.start)
            expected = Int(token.end)
        }
        #expect(expected == text.utf8.count)
    }

    @Test(arguments: [
        ("Smith", Token.Shape.capitalised, Token.Kind.letter),
        ("SMITH", .allCaps, .letter),
        ("smith", .lower, .letter),
        ("McDonald", .mixed, .letter),
        ("O'Brien", .capitalised, .letter),
        ("0143", .digits, .number),
        ("K9", .allCaps, .number),
        ("Émile", .capitalised, .letter),
        ("ÉMILE", .allCaps, .letter),
        ("東京", .none, .letter),
        (",", .none, .punctuation),
    ])
    func shapeAndKind(_ input: String, _ shape: Token.Shape, _ kind: Token.Kind) throws {
        let text = try Text(input)
        let token = try #require(text.tokens.first)
        #expect(token.shape == shape)
        #expect(token.kind == kind)
    }

    @Test func spacesAreTokens() throws {
        let text = try Text("a \u{00A0}b\n\nc")
        // ICU may cut a run of mixed spaces into several segments; all of them are spaces.
        #expect(text.tokens.filter { $0.kind != .space }.map { text.slice($0.range) } == ["a", "b", "c"])
        #expect(text.tokens.allSatisfy { $0.kind == .space || $0.kind == .letter })
    }

    @Test func foldedKeysIgnoreCaseAndAccents() throws {
        let text = try Text("José JOSE jose Jose\u{301} JOSÉ")
        let keys = Set(text.tokens.filter(\.isWord).map(\.key))
        #expect(keys.count == 1)
        #expect(keys.first == TokenKey.key("jose"))
    }

    @Test func sentencesTileAndMarkStarts() throws {
        let text = try Text("He ran. She stopped him! Then what?")
        #expect(text.sentences.count == 3)
        #expect(text.sentences.first?.lowerBound == 0)
        #expect(text.sentences.last?.upperBound == text.utf8.count)
        let starts = text.tokens.filter(\.isSentenceStart).map { text.slice($0.range) }
        #expect(starts == ["He", "She", "Then"])
    }

    @Test func emptyText() throws {
        let text = try Text("")
        #expect(text.tokens.isEmpty)
        #expect(text.sentences.isEmpty)
    }

    @Test func tokenLookupByOffset() throws {
        let text = try Text("Call 602-555-0143 now")
        let index = try #require(text.tokenIndex(containing: 6))
        #expect(text.slice(text.tokens[index].range) == "602")
        #expect(text.tokenIndex(containing: text.utf8.count) == nil)
    }

    @Test func concurrentTokenizationMatchesSerial() async throws {
        let inputs = Self.cases.map(\.input) + ["Deputy Dana Whitfield stopped the car at 1423 W. Oak St. on 3/14/19."]
        let serial = try inputs.map { try Text($0).tokens }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Token]).self) { group in
            for round in 0..<64 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index + round * 0, try Text(input).tokens) }
                }
            }
            var results: [(Int, [Token])] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (index, tokens) in parallel {
            #expect(tokens == serial[index])
        }
    }
}
