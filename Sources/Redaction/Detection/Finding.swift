/// One detected identifier: where it is, what it is, how sure, and what found it.
///
/// A value: detectors create findings, resolution selects among them, nothing mutates
/// one afterwards. The span is in UTF-8 bytes of the original text; convert it with
/// ``Text/offsets`` for other units. A finding never holds the identifier's text.
///
/// ```swift
/// let findings = try redactor.scan("Call Sgt. Ruiz at 602-555-0143.")
/// findings.map(\.label) // [.person, .phone]
/// ```
public struct Finding: Sendable, Hashable, Codable {
    /// What kind of identifier this is.
    public let label: Label
    /// UTF-8 byte range in the original text.
    public let range: Range<Int>
    /// Confidence in 0...1.
    public let score: Double
    /// The detector family: `rules`, `gazetteer`, `names`, `propagation`, `failsafe`.
    public let detector: String
    /// The rule id or gazetteer list that produced it (e.g. `phone.nanp`, `gazetteer:us-places`).
    public let rule: String
    /// The context word that supported it (a word of the rule pack or of the detector's
    /// cue lists, such as "badge" or "Deputy" — never the identifier itself), if any.
    public let context: String?

    /// Creates a finding.
    public init(label: Label, range: Range<Int>, score: Double, detector: String, rule: String, context: String? = nil) {
        self.label = label
        self.range = range
        self.score = score
        self.detector = detector
        self.rule = rule
        self.context = context
    }

    /// A copy with another range (used when resolution trims or merges spans).
    public func with(range: Range<Int>) -> Finding {
        Finding(label: label, range: range, score: score, detector: detector, rule: rule, context: context)
    }

    /// A copy with another label and score.
    public func with(label: Label, score: Double? = nil) -> Finding {
        Finding(label: label, range: range, score: score ?? self.score, detector: detector, rule: rule, context: context)
    }
}
