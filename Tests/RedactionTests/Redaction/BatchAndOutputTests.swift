import Foundation
import Testing
@testable import Redaction

/// The helpers behind the command line: JSON Lines batches, atomic writes, UTF-8 input.
struct BatchAndOutputTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redaction-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func runBatch(_ input: Data, jobs: Int, linesPerJob: Int, lossy: Bool = false) async throws -> (lines: [String], chunks: Int) {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("in.jsonl")
        try input.write(to: file)
        let handle = try FileHandle(forReadingFrom: file)
        let batch = JSONLBatch(redactor: try RedactionFixtures.redactor([.person: .numbered]), jobs: jobs, linesPerJob: linesPerJob, lossy: lossy)
        var output = Data()
        var chunks = 0
        _ = try await batch.run(reading: handle, write: { data in
            output.append(data)
            chunks += 1
        })
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        return (lines, chunks)
    }

    @Test func jsonlBatchKeepsOrderAndMatchesSingleRedaction() async throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered])
        let texts = (0..<50).map { "Record \($0): Dana Whitfield called 602-555-0143; Whitfield's car." }
        var input = Data()
        for (index, text) in texts.enumerated() {
            let id = index % 2 == 0 ? "\(index)" : "\"r\(index)\""
            input.append(Data("{\"id\":\(id),\"text\":\(String(decoding: try JSONEncoder().encode(text), as: UTF8.self))}\r\n".utf8))
            if index == 10 { input.append(Data("\n".utf8)) }
        }
        let (lines, chunks) = try await runBatch(input, jobs: 2, linesPerJob: 4)
        #expect(lines.count == 50)
        #expect(chunks == 7)  // 50 records in chunks of 8
        for (index, line) in lines.enumerated() {
            let record = try JSONDecoder().decode(JSONLBatch.OutputRecord.self, from: Data(line.utf8))
            #expect(record.id == (index % 2 == 0 ? .integer(index) : .string("r\(index)")))
            let expected = try redactor.redact(texts[index])
            #expect(record.text == expected.text)
            #expect(record.audit.changes.map(\.fingerprint) == expected.audit.changes.map(\.fingerprint))
            #expect(!line.contains("Whitfield"))
        }
    }

    @Test func jsonlBatchReportsTheBadLineWithoutQuotingIt() async throws {
        let input = Data("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"txt\":\"Dana Whitfield\"}\n".utf8)
        await #expect(throws: RedactionError.malformedRecord(line: 2)) { try await runBatch(input, jobs: 1, linesPerJob: 1) }
        var invalid = Data("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"Hi ".utf8)
        invalid.append(0xFF)
        invalid.append(Data("\"}\n".utf8))
        await #expect(throws: RedactionError.invalidUTF8(offset: 40)) { try await runBatch(invalid, jobs: 1, linesPerJob: 1) }
        let (lines, _) = try await runBatch(invalid, jobs: 1, linesPerJob: 1, lossy: true)
        let record = try JSONDecoder().decode(JSONLBatch.OutputRecord.self, from: Data(lines[1].utf8))
        #expect(record.text == "Hi \u{FFFD}" && record.audit.invalidUTF8 == [19..<20])
    }

    @Test func lineReaderHandlesLongLinesAndMissingFinalNewline() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let long = String(repeating: "x", count: 200_000)
        let file = directory.appendingPathComponent("lines")
        try Data("a\n\(long)\r\nlast".utf8).write(to: file)
        var reader = LineReader(handle: try FileHandle(forReadingFrom: file))
        let lines = try [reader.next(), reader.next(), reader.next(), reader.next()]
        #expect(lines.map { $0?.bytes.count } == [1, 200_000, 4, nil])
        #expect(lines.map { $0?.offset } == [0, 2, 200_004, nil])
        #expect(lines.map { $0?.number } == [1, 2, 3, nil])
    }

    @Test func atomicWriterReplacesOnlyOnCommit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("out.txt")
        try Data("old".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        let writer = try AtomicFileWriter(destination: target, permissionsFrom: target)
        try writer.write(Data("new ".utf8))
        try writer.write(Data("text".utf8))
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        try writer.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "new text")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        let aborted = try AtomicFileWriter(destination: target)
        try aborted.write(Data("partial".utf8))
        aborted.abort()
        #expect(try String(contentsOf: target, encoding: .utf8) == "new text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
        #expect(throws: OutputError.self) {
            try AtomicFileWriter.write(Data(), to: directory.appendingPathComponent("missing/out.txt"))
        }
    }

    @Test func utf8InputStrictAndLossy() throws {
        let bytes: [UInt8] = Array("é ok ".utf8) + [0xE2, 0x82] + Array(" end".utf8) + [0xC0]
        #expect(throws: RedactionError.invalidUTF8(offset: 6)) { try UTF8Input(bytes: bytes, lossy: false) }
        let lossy = try UTF8Input(bytes: bytes, lossy: true)
        #expect(lossy.string == "é ok \u{FFFD} end\u{FFFD}")
        #expect(lossy.invalidSequences == [6..<8, 12..<13])
        #expect(try UTF8Input(bytes: Array("fine ✓".utf8), lossy: false).string == "fine ✓")
    }
}
