import Foundation
import Testing
@testable import Redaction

/// Reading gold corpora: valid files, every kind of malformed line, and error messages
/// that never quote the corpus.
struct CorpusTests {
    /// A word that appears in every malformed line and must never appear in an error.
    static let secret = "Zebulon Quartermain"

    @Test func parsesDocumentsAndSkipsBlankLines() throws {
        let jsonl = """
            {"id": "a", "text": "Ask Zo\u{EB} 👮🏽 now", "spans": [{"start": 4, "end": 7, "label": "person", "text": "Zo\u{EB}"}]}

            {"id": "b", "text": "", "spans": []}
            """
        let corpus = try Corpus(name: "t", jsonl: Data((jsonl + "\n\n").utf8))
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0].spans == [GoldSpan(start: 4, end: 7, label: .person, text: "Zo\u{EB}")])
        #expect(corpus.documents[1].spans.isEmpty)
    }

    /// A malformed input and the error it must produce.
    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let jsonl: [UInt8]
        let error: CorpusError
        var testDescription: String { name }

        init(_ name: String, _ lines: [String], _ error: CorpusError) {
            self.name = name
            self.jsonl = Array(lines.joined(separator: "\n").utf8)
            self.error = error
        }

        init(_ name: String, bytes: [UInt8], _ error: CorpusError) {
            self.name = name
            self.jsonl = bytes
            self.error = error
        }
    }

    static let good = #"{"id": "ok", "text": "fine", "spans": []}"#

    static let bad: [Bad] = [
        Bad("not JSON", [good, "{\"id\": \"x\", \"text\": \"\(secret)\" spans"], .malformedLine(line: 2, reason: "not a valid JSON object")),
        Bad("missing spans", [good, good.replacingOccurrences(of: "ok", with: "o2"), "{\"id\": \"x\", \"text\": \"\(secret)\"}"],
            .malformedLine(line: 3, reason: "missing field spans")),
        Bad("text not a string", ["{\"id\": \"x\", \"text\": [\"\(secret)\"], \"spans\": []}"],
            .malformedLine(line: 1, reason: "field text has the wrong type")),
        Bad("span start missing", ["{\"id\": \"x\", \"text\": \"\(secret)\", \"spans\": [{\"end\": 3, \"label\": \"PERSON\"}]}"],
            .malformedLine(line: 1, reason: "missing field spans[0].start")),
        Bad("span past the end", ["{\"id\": \"x\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 8, \"end\": 40, \"label\": \"PERSON\"}]}"],
            .invalidSpan(line: 1, span: 0, reason: "offsets 8..<40 are not a non-empty range inside the text (19 scalars)")),
        Bad("empty span", ["{\"id\": \"x\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 3, \"end\": 3, \"label\": \"PERSON\"}]}"],
            .invalidSpan(line: 1, span: 0, reason: "offsets 3..<3 are not a non-empty range inside the text (19 scalars)")),
        Bad("span text does not match", ["{\"id\": \"x\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 0, \"end\": 7, \"label\": \"PERSON\", \"text\": \"Zebulo\"}]}"],
            .invalidSpan(line: 1, span: 0, reason: "its text does not match offsets 0..<7")),
        Bad("overlapping spans", ["{\"id\": \"x\", \"text\": \"\(secret)\", \"spans\": [{\"start\": 0, \"end\": 7, \"label\": \"PERSON\"}, {\"start\": 5, \"end\": 9, \"label\": \"PERSON\"}]}"],
            .invalidSpan(line: 1, span: 1, reason: "overlaps or precedes the previous span")),
        Bad("duplicate id", [good, "", good], .duplicateID(line: 3)),
        Bad("invalid UTF-8", bytes: Array((good + "\n{\"id\": \"x\", \"text\": \"\(secret) ").utf8) + [0xC3, 0x28] + Array("\"}".utf8),
            .invalidUTF8(line: 2, byteOffset: 41)),
    ]

    @Test(arguments: bad)
    func rejectsMalformedLines(_ c: Bad) {
        #expect(throws: c.error) { try Corpus(name: "t", jsonl: Data(c.jsonl)) }
    }

    @Test(arguments: bad)
    func errorsNeverQuoteTheCorpus(_ c: Bad) {
        do {
            _ = try Corpus(name: "t", jsonl: Data(c.jsonl))
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("Zebulon"))
            #expect(!error.description.contains("Quartermain"))
            #expect(error.description.hasPrefix("line "))
        }
    }

    @Test func unreadableFileNamesThePath() {
        let url = URL(fileURLWithPath: "/nonexistent/gold.jsonl")
        #expect(throws: CorpusError.unreadable(path: "/nonexistent/gold.jsonl")) { try Corpus(contentsOf: url) }
    }

    static let fixtures = ["dev-a", "dev-b", "traps-a", "traps-b", "external/presidio-synth", "external/presidio-recognizer-cases"]

    /// Every bundled corpus loads, with one document per non-blank line.
    @Test(arguments: fixtures)
    func bundledCorporaLoad(_ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/corpus/\(name).jsonl")
        let corpus = try Corpus(contentsOf: url)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(corpus.documents.count == lines.count)
        #expect(corpus.name == url.deletingPathExtension().lastPathComponent)
    }

    @Test func utf8ValidationNamesTheFirstBadByte() throws {
        #expect(StrictUTF8.firstInvalidByte(in: Array("Zoë 👮🏽".utf8)) == nil)
        #expect(StrictUTF8.firstInvalidByte(in: [0x61, 0x62, 0xFF, 0x63]) == 2)
        #expect(StrictUTF8.firstInvalidByte(in: Array("é".utf8) + [0xF0, 0x9F]) == 2)
        #expect(throws: StrictUTF8.Error.invalidUTF8(byteOffset: 0)) { try StrictUTF8.decode([0x80]) }
        #expect(try StrictUTF8.decode(Array("ok".utf8)) == "ok")
    }
}
