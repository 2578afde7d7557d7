/// A predicted identifier for scoring: a label and a range of Unicode scalars.
///
/// Scoring works in scalars because the gold corpora do; ``init(_:in:)`` converts a
/// ``Finding`` (UTF-8 bytes) exactly.
///
/// ```swift
/// let text = try Text("Café Ruiz")
/// let finding = Finding(label: .person, range: 6..<10, score: 0.9, detector: "rules", rule: "x")
/// try PredictedSpan(finding, in: text).range // 5..<9
/// ```
public struct PredictedSpan: Sendable, Hashable, Codable {
    /// First scalar.
    public let start: Int
    /// One past the last scalar.
    public let end: Int
    /// The predicted label (``Label/unanalysed`` for fail-closed regions).
    public let label: Label

    /// Creates a prediction from scalar offsets.
    public init(start: Int, end: Int, label: Label) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// Converts a finding's UTF-8 byte range into scalars of `text`.
    ///
    /// - Throws: ``TextError`` when the range is outside the text or splits a scalar.
    public init(_ finding: Finding, in text: Text) throws(TextError) {
        let range = try text.offsets.convert(finding.range, from: .utf8, to: .unicodeScalars)
        self.init(start: range.lowerBound, end: range.upperBound, label: finding.label)
    }

    /// The span as a range of scalar offsets.
    public var range: Range<Int> { start..<end }
}
