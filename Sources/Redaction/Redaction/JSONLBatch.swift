public import Foundation

/// Redacts a JSON Lines stream with bounded memory: reads lines of `{"id", "text"}`,
/// redacts them in chunks of ``chunkSize`` lines on ``jobs`` tasks, and writes
/// `{"audit", "id", "text"}` lines in input order.
///
/// ```swift
/// let batch = JSONLBatch(redactor: redactor)
/// let count = try await batch.run(reading: .standardInput) { try FileHandle.standardOutput.write(contentsOf: $0) }
/// ```
///
/// `id` may be a string or an integer and is echoed as given. Blank lines are skipped.
/// With `lossy`, invalid UTF-8 in a line is replaced by U+FFFD and recorded in that
/// line's audit (``RedactionAudit/invalidUTF8``, as byte ranges of the line).
public struct JSONLBatch: Sendable {
    /// An input or output record id: a JSON string or integer.
    public enum RecordID: Sendable, Hashable, Codable {
        /// A string id.
        case string(String)
        /// An integer id.
        case integer(Int)

        /// Decodes a string or an integer.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        /// Encodes as the JSON value it was read from.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            }
        }
    }

    /// One output line.
    public struct OutputRecord: Sendable, Hashable, Codable {
        /// The input's id.
        public var id: RecordID
        /// The redacted text.
        public var text: String
        /// The audit.
        public var audit: RedactionAudit
    }

    private struct InputRecord: Decodable {
        let id: RecordID
        let text: String
    }

    /// The redactor used for every line.
    public let redactor: Redactor
    /// How many documents are redacted at once.
    public let jobs: Int
    /// How many lines are read, redacted and written per chunk (bounds memory).
    public let chunkSize: Int
    /// Whether invalid UTF-8 is replaced (and recorded) rather than an error.
    public let lossy: Bool

    /// Creates a batch runner; `jobs` defaults to every active core and the chunk to 256 lines per job.
    public init(redactor: Redactor, jobs: Int? = nil, linesPerJob: Int = 256, lossy: Bool = false) {
        self.redactor = redactor
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.chunkSize = max(1, linesPerJob) * self.jobs
        self.lossy = lossy
    }

    /// Processes the whole stream.
    ///
    /// - Parameters:
    ///   - input: where lines are read from.
    ///   - write: receives each chunk's output lines, in input order.
    ///   - progress: called after each chunk with the number of records done so far.
    /// - Returns: the number of records written.
    /// - Throws: ``RedactionError/malformedRecord(line:)``, ``RedactionError/invalidUTF8(offset:)``
    ///   (offset in the whole stream), redaction errors, or whatever `write` or reading throws.
    ///   Output written before the error stays written; no partial line is ever written.
    public func run(reading input: FileHandle, write: (Data) throws -> Void,
                    progress: ((Int) -> Void)? = nil) async throws -> Int {
        var reader = LineReader(handle: input)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let decoder = JSONDecoder()
        var done = 0
        var finished = false
        while !finished {
            var ids: [RecordID] = []
            var texts: [String] = []
            var invalid: [[Range<Int>]] = []
            while ids.count < chunkSize {
                guard let line = try reader.next() else {
                    finished = true
                    break
                }
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let decoded = try decode(line)
                guard let record = try? decoder.decode(InputRecord.self, from: Data(decoded.string.utf8)) else {
                    throw RedactionError.malformedRecord(line: line.number)
                }
                ids.append(record.id)
                texts.append(record.text)
                invalid.append(decoded.invalidSequences)
            }
            guard !ids.isEmpty else { continue }
            let results = try await redactor.redact(texts, jobs: jobs)
            var out = Data()
            for index in results.indices {
                var audit = results[index].audit
                audit.invalidUTF8 = invalid[index]
                out.append(try encoder.encode(OutputRecord(id: ids[index], text: results[index].text, audit: audit)))
                out.append(0x0A)
            }
            try write(out)
            done += results.count
            progress?(done)
        }
        return done
    }
}

extension JSONLBatch {
    /// Decodes a line, reporting an invalid byte at its offset in the whole stream.
    fileprivate func decode(_ line: LineReader.Line) throws(RedactionError) -> UTF8Input {
        do {
            return try UTF8Input(bytes: line.bytes, lossy: lossy)
        } catch {
            if case .invalidUTF8(let offset) = error { throw .invalidUTF8(offset: line.offset + offset) }
            throw error
        }
    }
}

/// Reads a file handle line by line in 64 KiB blocks.
struct LineReader {
    struct Line {
        /// 1-based line number.
        let number: Int
        /// Byte offset of the line's start in the stream.
        let offset: Int
        /// The line without its `\n` (and without a trailing `\r`).
        let bytes: [UInt8]
    }

    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var consumed = 0
    private var lineNumber = 0
    private var atEnd = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() throws -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var bytes = Array(buffer[start..<newline])
                if bytes.last == 0x0D { bytes.removeLast() }
                let line = Line(number: lineNumber + 1, offset: consumed, bytes: bytes)
                lineNumber += 1
                consumed += newline + 1 - start
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var bytes = Array(buffer[start...])
                if bytes.last == 0x0D { bytes.removeLast() }
                let line = Line(number: lineNumber + 1, offset: consumed, bytes: bytes)
                lineNumber += 1
                consumed += buffer.count - start
                start = buffer.count
                return line
            }
            // Drop what was consumed, then read another block.
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            if let block = try handle.read(upToCount: 65_536), !block.isEmpty {
                buffer.append(contentsOf: block)
            } else {
                atEnd = true
            }
        }
    }
}
