import Testing
@testable import Redaction

/// One shared engine for the detector tables (building it loads the gazetteer once).
enum DetectionSupport {
    static let engine: DetectionEngine = try! DetectionEngine()

    /// The text and label of every finding in `input`.
    static func found(_ input: String, engine: DetectionEngine = engine) throws -> [(text: String, label: Label)] {
        let text = try Text(input)
        return try engine.scan(text).map { (text.slice($0.range), $0.label) }
    }

    /// The text of every finding in `input` with `label`, in order.
    static func found(_ label: Label, in input: String, engine: DetectionEngine = engine) throws -> [String] {
        try found(input, engine: engine).filter { $0.label == label }.map(\.text)
    }

    /// Whether every non-space character of `needle` (first occurrence) is covered by a finding.
    static func covered(_ needle: String, in input: String, engine: DetectionEngine = engine) throws -> Bool {
        let text = try Text(input)
        let findings = try engine.scan(text)
        guard let range = input.range(of: needle) else { return false }
        let start = input.utf8.distance(from: input.startIndex, to: range.lowerBound)
        let end = input.utf8.distance(from: input.startIndex, to: range.upperBound)
        for offset in start..<end where text.utf8[offset] != 0x20 {
            if !findings.contains(where: { $0.range.contains(offset) }) { return false }
        }
        return true
    }
}

/// A table row: text, the identifier in it, and the label it must get.
struct Positive: Sendable, CustomTestStringConvertible {
    let text: String
    let identifier: String
    let label: Label
    init(_ text: String, _ identifier: String, _ label: Label) {
        self.text = text
        self.identifier = identifier
        self.label = label
    }
    var testDescription: String { text }
}
