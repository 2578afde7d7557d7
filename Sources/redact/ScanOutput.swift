import Foundation
import Redaction

/// One scanned input: its name for messages, the text model and the findings.
struct ScanDocument {
    let name: String
    let text: Text
    let findings: [Finding]
}

/// Where a UTF-8 offset is, as a human reads it: 1-based line and column, the column
/// counted in characters (extended grapheme clusters).
struct ScanPosition: Equatable {
    let line: Int
    let column: Int

    /// Line starts (UTF-8 offsets) of `text`; lines end at `\n`.
    static func lineStarts(_ text: Text) -> [Int] {
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        return starts
    }

    /// The position of UTF-8 offset `offset`, given the text's line starts.
    init(of offset: Int, in text: Text, lineStarts: [Int]) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        line = low + 1
        column = String(decoding: text.utf8[lineStarts[low]..<offset], as: UTF8.self).count + 1
    }
}

/// The default listing of `redact scan`.
enum ScanListing {
    /// The mask printed in place of an identifier (same width whatever its length).
    static let mask = "█████"

    /// One line per finding: `NAME:LINE:COL: LABEL RULE SCORE TEXT`.
    static func render(_ document: ScanDocument, show: Bool) -> String {
        let starts = ScanPosition.lineStarts(document.text)
        var out = ""
        for finding in document.findings {
            let position = ScanPosition(of: finding.range.lowerBound, in: document.text, lineStarts: starts)
            let shown = show ? SharedIO.jsonString(document.text.slice(finding.range)) : mask
            out += "\(document.name):\(position.line):\(position.column): \(finding.label) \(finding.rule) "
                + String(format: "%.2f", finding.score) + " \(shown)\n"
        }
        return out
    }
}

/// `redact scan --jsonl`: `{"id","text"}` lines in, `{"id","spans"}` lines out.
enum ScanJSONL {
    private struct Input: Decodable {
        let id: String
        let text: String
    }

    /// Scans every line of `path`, writing one output line per input line.
    ///
    /// - Returns: whether any span was found.
    /// - Throws: ``SharedFailure`` naming the line (never its text).
    static func run(path: String, engine: DetectionEngine) throws(SharedFailure) -> Bool {
        let bytes = [UInt8](try SharedIO.read(path))
        let name = SharedIO.displayName(path)
        var found = false
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            defer { lineStart = lineEnd + 1 }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if let offset = StrictUTF8.firstInvalidByte(in: line) {
                throw SharedFailure("\(name): line \(lineNumber): invalid UTF-8 at byte offset \(lineStart + offset) of the input")
            }
            let input: Input
            do {
                input = try JSONDecoder().decode(Input.self, from: Data(line))
            } catch {
                throw SharedFailure("\(name): line \(lineNumber): expected a JSON object with string fields \"id\" and \"text\"")
            }
            var spans: [String] = []
            do {
                let text = try Text(input.text)
                for finding in try engine.scan(text) {
                    let range = try text.offsets.convert(finding.range, from: .utf8, to: .unicodeScalars)
                    spans.append("{\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"label\":\(SharedIO.jsonString(finding.label.rawValue)),"
                        + "\"rule\":\(SharedIO.jsonString(finding.rule)),\"score\":\(finding.score)}")
                }
            } catch {
                throw SharedFailure("\(name): line \(lineNumber): \(error)")
            }
            found = found || !spans.isEmpty
            SharedIO.write("{\"id\":\(SharedIO.jsonString(input.id)),\"spans\":[\(spans.joined(separator: ","))]}\n")
        }
        return found
    }
}
