public import Foundation

/// A gold corpus read from JSONL: one ``GoldDocument`` per line,
/// `{"id", "text", "spans": [{"start", "end", "label", "text"}]}`, offsets in Unicode
/// scalars, end exclusive.
///
/// Loading validates every line and fails on the first bad one with a ``CorpusError``
/// that names the line (and span) but never quotes the corpus text. Blank lines are skipped.
///
/// ```swift
/// let corpus = try Corpus(contentsOf: URL(fileURLWithPath: "Fixtures/corpus/dev-a.jsonl"))
/// print(corpus.name, corpus.documents.count) // dev-a 50
/// ```
public struct Corpus: Sendable, Hashable {
    /// A short name for reports (the file name without extension when read from a file).
    public let name: String
    /// The documents, in file order.
    public let documents: [GoldDocument]

    /// Creates a corpus from documents already in memory (not validated).
    public init(name: String, documents: [GoldDocument]) {
        self.name = name
        self.documents = documents
    }

    /// Reads and validates a JSONL corpus file.
    ///
    /// - Throws: ``CorpusError/unreadable(path:)`` or any error of ``init(name:jsonl:)``.
    public init(contentsOf url: URL) throws(CorpusError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path)
        }
        try self.init(name: url.deletingPathExtension().lastPathComponent, jsonl: data)
    }

    /// Parses and validates JSONL bytes.
    ///
    /// Each non-blank line must be valid UTF-8 and a JSON object with a string `id`, a
    /// string `text` and an array `spans` of objects with integer `start` and `end`
    /// (`0 <= start < end <=` the text's scalar count), a string `label`, and optionally
    /// a string `text` equal to the scalars `start..<end`. Spans must be sorted and must
    /// not overlap; ids must be unique.
    ///
    /// - Throws: ``CorpusError`` naming the 1-based line number.
    /// - Complexity: O(n) in the size of the data.
    public init(name: String, jsonl data: Data) throws(CorpusError) {
        var documents: [GoldDocument] = []
        var seen: Set<String> = []
        let bytes = [UInt8](data)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            defer { lineStart = lineEnd + 1 }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let document = try Self.parse(line: line, number: lineNumber)
            guard seen.insert(document.id).inserted else { throw .duplicateID(line: lineNumber) }
            documents.append(document)
        }
        self.init(name: name, documents: documents)
    }

    /// The raw shape of a line, before validation.
    private struct RawDocument: Decodable {
        let id: String
        let text: String
        let spans: [GoldSpan]
    }

    private static func parse(line: ArraySlice<UInt8>, number: Int) throws(CorpusError) -> GoldDocument {
        if let offset = StrictUTF8.firstInvalidByte(in: line) {
            throw .invalidUTF8(line: number, byteOffset: offset)
        }
        let raw: RawDocument
        do {
            raw = try JSONDecoder().decode(RawDocument.self, from: Data(line))
        } catch let error as DecodingError {
            throw .malformedLine(line: number, reason: Self.describe(error))
        } catch {
            throw .malformedLine(line: number, reason: "not a valid JSON object")
        }
        let scalars = Array(raw.text.unicodeScalars)
        var previousEnd = 0
        for (index, span) in raw.spans.enumerated() {
            guard span.start >= 0, span.start < span.end, span.end <= scalars.count else {
                throw .invalidSpan(line: number, span: index,
                                   reason: "offsets \(span.start)..<\(span.end) are not a non-empty range inside the text (\(scalars.count) scalars)")
            }
            guard span.start >= previousEnd else {
                throw .invalidSpan(line: number, span: index, reason: "overlaps or precedes the previous span")
            }
            if let expected = span.text, !expected.unicodeScalars.elementsEqual(scalars[span.start..<span.end]) {
                throw .invalidSpan(line: number, span: index, reason: "its text does not match offsets \(span.start)..<\(span.end)")
            }
            previousEnd = span.end
        }
        return GoldDocument(id: raw.id, text: raw.text, spans: raw.spans)
    }

    /// Describes a decoding error by field path and kind only; JSON parser messages can
    /// quote input characters, so they are never passed on.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            return parts.isEmpty ? "the line" : parts.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context): return "field \(path(context.codingPath)) has the wrong type"
        case .valueNotFound(_, let context): return "field \(path(context.codingPath)) is null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not a valid JSON object" : "field \(path(context.codingPath)) is invalid"
        @unknown default: return "not a valid document"
        }
    }
}

/// Why a gold corpus could not be loaded. Names files, lines and spans; never quotes text.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String)
    /// A line is not valid UTF-8 (byte offset within the line).
    case invalidUTF8(line: Int, byteOffset: Int)
    /// A line is not a JSON document of the expected shape.
    case malformedLine(line: Int, reason: String)
    /// A span (0-based index within its line) has bad offsets or text.
    case invalidSpan(line: Int, span: Int, reason: String)
    /// A document id repeats an earlier one.
    case duplicateID(line: Int)

    /// A message naming the line and the problem, never the corpus text.
    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read corpus \(path)"
        case .invalidUTF8(let line, let offset): "line \(line): invalid UTF-8 at byte offset \(offset) of the line"
        case .malformedLine(let line, let reason): "line \(line): \(reason)"
        case .invalidSpan(let line, let span, let reason): "line \(line): span \(span): \(reason)"
        case .duplicateID(let line): "line \(line): duplicate document id"
        }
    }
}
