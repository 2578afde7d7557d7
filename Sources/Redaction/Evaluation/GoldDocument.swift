/// One annotated span of a gold document, as `Fixtures/corpus/GUIDELINES.md` defines it.
///
/// Offsets are in Unicode scalars (code points) of the document's text, end exclusive.
///
/// ```swift
/// let span = GoldSpan(start: 12, end: 22, label: .person)
/// span.range // 12..<22
/// ```
public struct GoldSpan: Sendable, Hashable, Codable {
    /// First scalar of the span.
    public let start: Int
    /// One past the last scalar of the span.
    public let end: Int
    /// What kind of identifier it is.
    public let label: Label
    /// The annotated text, when the corpus carries it (checked against the offsets on load).
    public let text: String?

    /// Creates a span.
    public init(start: Int, end: Int, label: Label, text: String? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
    }

    /// The span as a range of scalar offsets.
    public var range: Range<Int> { start..<end }
}

/// One annotated document of a gold corpus: an id, the text, and its gold spans
/// (sorted, non-overlapping, in Unicode scalars).
///
/// ```swift
/// let doc = GoldDocument(id: "t-1", text: "Call Ruiz.", spans: [GoldSpan(start: 5, end: 9, label: .person)])
/// ```
public struct GoldDocument: Sendable, Hashable, Codable {
    /// The document's id (unique within its corpus).
    public let id: String
    /// The narrative.
    public let text: String
    /// The gold spans, sorted by start.
    public let spans: [GoldSpan]

    /// Creates a document.
    public init(id: String, text: String, spans: [GoldSpan]) {
        self.id = id
        self.text = text
        self.spans = spans
    }
}
