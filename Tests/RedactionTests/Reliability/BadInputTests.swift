import Foundation
import Testing
@testable import Redaction

/// Defined behaviour for hostile or degenerate input: a clear error that does not quote the
/// input, or a sound redaction — never a crash, a hang or unredacted output.
///
/// Sizes are scaled down for debug-build unit tests (a 2 MB single line, 1 MB tokens,
/// 50,000 lines, 16 KB repetitions); the README's "Reliability" section records the
/// full-size runs (100 MB line, a million lines) with the release binary.
struct BadInputTests {
    let redactor = Reliability.redactor

    @Test func emptyInput() throws {
        let result = try redactor.redact("")
        #expect(result.text == "")
        #expect(result.audit.changes.isEmpty)
        #expect(result.audit.inputLength == TextLength(utf8: 0, unicodeScalars: 0, utf16: 0))
        #expect(try redactor.scan("").isEmpty)
        try Reliability.expectSound(result, of: "")
    }

    static let whitespace = [" ", "\n", "\n\n\n", " \t\r\n ", "\u{A0}\u{2009}\u{3000}\u{2007}", "\u{200B}\u{FEFF}", String(repeating: " \n", count: 50_000)]

    @Test(arguments: whitespace.indices)
    func whitespaceOnly(_ index: Int) throws {
        let input = Self.whitespace[index]
        let result = try redactor.redact(input)
        #expect(result.text == input)
        #expect(result.audit.changes.isEmpty)
        try Reliability.expectSound(result, of: input)
    }

    @Test func invalidUTF8IsAnErrorNamingTheOffsetOrLossyAndRecorded() throws {
        let secret = Array("Call 602-555-0143 ".utf8)
        let bytes = secret + [0xFF, 0xFE] + Array(" Dana Whitfield".utf8)
        #expect(throws: RedactionError.invalidUTF8(offset: secret.count)) { try redactor.redact(bytes: bytes, lossy: false) }
        do {
            _ = try redactor.redact(bytes: bytes, lossy: false)
        } catch {
            #expect(error.description == "invalid UTF-8 at byte offset \(secret.count)")
        }
        let lossy = try redactor.redact(bytes: bytes, lossy: true)
        #expect(lossy.audit.invalidUTF8 == [secret.count..<secret.count + 1, secret.count + 1..<secret.count + 2])
        #expect(!lossy.text.contains("602-555-0143"))
        #expect(lossy.text.contains("\u{FFFD}\u{FFFD}"))
        // Re-applying to the raw bytes decodes them the same way.
        let again = try redactor.apply(audit: lossy.audit, toBytes: bytes)
        #expect(again.text == lossy.text)
        // Truncated sequence at the very end, and an overlong encoding.
        #expect(throws: RedactionError.invalidUTF8(offset: 3)) { try redactor.redact(bytes: Array("abc".utf8) + [0xE2, 0x82], lossy: false) }
        #expect(throws: RedactionError.invalidUTF8(offset: 0)) { try redactor.redact(bytes: [0xC0, 0xAF], lossy: false) }
    }

    @Test func nulBytesAreKeptAndIdentifiersAroundThemRedacted() throws {
        let input = "\u{0}Call 602-555-0143\u{0} now\u{0}\u{0}.\u{0}"
        let result = try redactor.redact(input)
        #expect(!result.text.contains("602-555-0143"))
        #expect(result.text.unicodeScalars.filter { $0 == "\u{0}" }.count == 5)
        try Reliability.expectSound(result, of: input)
    }

    @Test func singleLongLine() throws {
        // 2 MB without a newline, identifiers at the start, in the middle and at the end.
        // The filler holds no allow-list word: AllowListFilter's multi-word check is
        // currently quadratic in the number of allow-listed phrases (reported to detection).
        let filler = String(repeating: "she waited near the corner and watched the cars go past slowly ", count: 33_000)
        let half = filler.utf8.count / 2
        let middle = filler.utf8.index(filler.utf8.startIndex, offsetBy: half)
        let input = "Call 602-555-0143 first, " + String(filler[..<middle]) + " then 480-555-0199, " + String(filler[middle...])
            + " and finally 623-555-0101."
        #expect(input.utf8.count > 2_000_000)
        let result = try Reliability.withinSeconds(240) { try redactor.redact(input) }
        for phone in ["602-555-0143", "480-555-0199", "623-555-0101"] {
            #expect(!result.text.contains(phone))
        }
        try Reliability.expectSound(result, of: input, reapply: false)
    }

    @Test func oneMegabyteToken() throws {
        for token in [String(repeating: "x9", count: 500_000), String(repeating: "7", count: 1_000_000)] {
            let input = "Call 602-555-0143 about " + token + " please."
            let result = try Reliability.withinSeconds(120) { try redactor.redact(input) }
            #expect(!result.text.contains("602-555-0143"))
            try Reliability.expectSound(result, of: input, reapply: false)
        }
    }

    @Test func manyShortLines() throws {
        // 50,000 lines; every 1,000th carries a phone number.
        var lines: [String] = []
        lines.reserveCapacity(50_000)
        for index in 0..<50_000 {
            lines.append(index % 1000 == 0 ? "Call 602-555-\(String(1000 + index / 1000)) now." : "ok \(index % 7)")
        }
        let input = lines.joined(separator: "\n")
        let result = try Reliability.withinSeconds(240) { try redactor.redact(input) }
        #expect(result.audit.changes.filter { $0.label == .phone }.count == 50)
        #expect(!result.text.contains("602-555-1"))
        try Reliability.expectSound(result, of: input, reapply: false)
    }

    /// Repetitions that would make a naive backtracking pattern explode.
    static let repetitive: [String] = [
        String(repeating: "1-", count: 8_000),
        String(repeating: "1.", count: 8_000),
        String(repeating: "A1 ", count: 5_333),
        String(repeating: "badge ", count: 2_666),
        String(repeating: "phone number is ", count: 1_000),
        String(repeating: "licence number ", count: 1_066),
        String(repeating: "Dr. ", count: 4_000),
        String(repeating: "(((", count: 5_333),
        String(repeating: "a", count: 16_000) + "!",
        String(repeating: "Officer ", count: 2_000),
        String(repeating: "1 ", count: 8_000),
        String(repeating: "six ", count: 4_000),
        String(repeating: "0", count: 16_000) + "x",
        String(repeating: "Main St, ", count: 1_777),
        String(repeating: "@a.", count: 5_333),
        String(repeating: "http://", count: 2_285),
    ]

    @Test(arguments: repetitive.indices)
    func repetitiveTextDoesNotHang(_ index: Int) throws {
        let input = Self.repetitive[index] + " Call 602-555-0143."
        let result = try Reliability.withinSeconds(120) { try redactor.redact(input) }
        #expect(!result.text.contains("602-555-0143"))
        try Reliability.expectSound(result, of: input, reapply: false)
    }

    @Test func controlAndBidiCharacters() throws {
        let controls = (0x01...0x1F).filter { $0 != 0x0A }.map { String(UnicodeScalar(UInt8($0))) }.joined()
        let c1 = (0x80...0x9F).map { String(Unicode.Scalar(UInt32($0))!) }.joined()
        let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}"
        let input = controls + c1 + "Call \u{202E}602-555-0143\u{202C} or \u{1B}[31m480-555-0199\u{1B}[0m. " + bidi + "\u{7F}\n" + bidi
        let result = try redactor.redact(input)
        #expect(!result.text.contains("602-555-0143"))
        #expect(!result.text.contains("480-555-0199"))
        // The override around the first number is redacted with it.
        #expect(result.text.unicodeScalars.filter { $0 == "\u{202E}" }.count == 2)
        try Reliability.expectSound(result, of: input)
    }
}
