import Testing
@testable import Redaction

/// Exact offset conversion between UTF-8, scalars, UTF-16 and `String.Index`.
struct OffsetTableTests {
    static let samples: [String] = [
        "O'Brien", "O’Brien", "Smith's", "602-555-0143", "3/14/19", "K9-112", "St.", "1423 W. Oak St.",
        "U.S.A.", "jo.smith@example.org", "Café au lait", "👮🏽‍♀️ and 👍🏿 here", "東京都 渋谷区",
        "محمد علي", "Jose\u{301} and José", "Zoë 𝒜 ok", "",
    ]

    @Test(arguments: samples)
    func roundTripsAtEveryScalarBoundary(_ sample: String) throws {
        let text = try Text(sample)
        var utf8 = 0
        var utf16 = 0
        var scalar = 0
        for value in sample.unicodeScalars {
            #expect(try text.offsets.convert(utf8, from: .utf8, to: .unicodeScalars) == scalar)
            #expect(try text.offsets.convert(utf8, from: .utf8, to: .utf16) == utf16)
            #expect(try text.offsets.convert(scalar, from: .unicodeScalars, to: .utf8) == utf8)
            #expect(try text.offsets.convert(utf16, from: .utf16, to: .utf8) == utf8)
            let index = try text.index(utf8: utf8)
            #expect(text.utf8Offset(of: index) == utf8)
            #expect(sample.unicodeScalars.distance(from: sample.startIndex, to: index) == scalar)
            utf8 += value.utf8.count
            utf16 += value.utf16.count
            scalar += 1
        }
        #expect(try text.offsets.convert(utf8, from: .utf8, to: .unicodeScalars) == scalar)
        #expect(text.offsets.count(in: .utf16) == sample.utf16.count)
        #expect(text.offsets.count(in: .unicodeScalars) == sample.unicodeScalars.count)
    }

    @Test func rejectsOffsetsInsideAScalar() throws {
        let text = try Text("é👍")
        #expect(throws: TextError.offsetNotOnBoundary(offset: 1, unit: .utf8)) {
            try text.offsets.convert(1, from: .utf8, to: .unicodeScalars)
        }
        // 👍 is a surrogate pair in UTF-16: units 1 and 2.
        #expect(throws: TextError.offsetNotOnBoundary(offset: 2, unit: .utf16)) {
            try text.offsets.convert(2, from: .utf16, to: .utf8)
        }
        #expect(throws: TextError.offsetOutOfBounds(offset: 99, unit: .unicodeScalars)) {
            try text.offsets.convert(99, from: .unicodeScalars, to: .utf8)
        }
        #expect(throws: TextError.offsetNotOnBoundary(offset: 1, unit: .utf8)) { try text.index(utf8: 1) }
    }

    @Test func tokenRangesConvertToScalarsOfCJKAndEmoji() throws {
        let text = try Text("警官 👮🏽 Nguyễn")
        let last = try #require(text.tokens.last)
        let scalars = try text.offsets.convert(last.range, from: .utf8, to: .unicodeScalars)
        let chars = Array("警官 👮🏽 Nguyễn".unicodeScalars)
        #expect(String(String.UnicodeScalarView(chars[scalars])) == "Nguyễn")
    }
}
