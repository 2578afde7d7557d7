public import Redaction

/// An identifier found in text that was meant to be anonymous: what kind it is, which
/// rule found it and where it is — never the identifier's text.
///
/// Produced by ``Anonymity/identifiers(in:labels:redactor:)`` and reported by
/// ``expectAnonymous(_:labels:redactor:sourceLocation:)`` and `XCTAssertAnonymous`.
///
/// ```swift
/// let found = try Anonymity.identifiers(in: "Call Deputy Dana Whitfield.")
/// print(found[0]) // PERSON (rule person.title-name, score 0.95) at line 1, column 13, 14 characters
/// ```
public struct RemainingIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// What kind of identifier it is.
    public let label: Label
    /// The rule id or list that found it, e.g. `phone.nanp` or `gazetteer:us-places`.
    public let rule: String
    /// The detector family that found it (`rules`, `names`, `gazetteer`, …).
    public let detector: String
    /// The detection score in 0...1.
    public let score: Double
    /// 1-based line of its first character (lines end at U+000A).
    public let line: Int
    /// 1-based column of its first character, counted in Unicode scalars.
    public let column: Int
    /// Its half-open range in Unicode scalars of the checked text.
    public let unicodeScalars: Range<Int>
    /// Its half-open range in UTF-8 bytes of the checked text.
    public let utf8: Range<Int>

    /// Creates a description of one identifier found.
    ///
    /// ```swift
    /// let item = RemainingIdentifier(label: .phone, rule: "phone.nanp", detector: "rules", score: 0.95,
    ///                                line: 2, column: 7, unicodeScalars: 19..<31, utf8: 19..<31)
    /// ```
    public init(label: Label, rule: String, detector: String, score: Double, line: Int, column: Int,
                unicodeScalars: Range<Int>, utf8: Range<Int>) {
        self.label = label
        self.rule = rule
        self.detector = detector
        self.score = score
        self.line = line
        self.column = column
        self.unicodeScalars = unicodeScalars
        self.utf8 = utf8
    }

    /// The label, rule, score and masked position: `PERSON (rule person.title-name, score
    /// 0.95) at line 1, column 13, 14 characters`. Never the identifier's text.
    public var description: String {
        let score = (self.score * 100).rounded() / 100
        return "\(label) (rule \(rule), score \(score)) at line \(line), column \(column), \(unicodeScalars.count) characters"
    }
}
