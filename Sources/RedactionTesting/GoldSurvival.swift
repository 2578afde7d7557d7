public import Foundation
public import Redaction

/// A redacted corpus: the `{"id", "text"}` lines a redactor wrote, such as the output of
/// `redact --jsonl` (other keys, like `audit`, are ignored).
///
/// ```swift
/// let redacted = try RedactedCorpus(contentsOf: URL(fileURLWithPath: "out.jsonl"))
/// print(redacted.documents.count)
/// ```
public struct RedactedCorpus: Sendable, Hashable {
    /// One redacted document.
    ///
    /// ```swift
    /// let document = RedactedCorpus.Document(id: "dev-001", text: "[PERSON] stopped a car.")
    /// ```
    public struct Document: Sendable, Hashable {
        /// The id of the gold document it was redacted from (a JSON integer id is kept as its decimal string).
        public let id: String
        /// The redacted text.
        public let text: String

        /// Creates a document.
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// The documents, in file order.
    public let documents: [Document]

    /// Creates a corpus from documents in memory.
    ///
    /// ```swift
    /// let redacted = RedactedCorpus(documents: [.init(id: "t-1", text: "Call [PERSON].")])
    /// ```
    public init(documents: [Document]) {
        self.documents = documents
    }

    /// Parses JSON Lines: each non-blank line an object with `id` (string or integer) and
    /// `text` (string).
    ///
    /// ```swift
    /// let redacted = try RedactedCorpus(jsonl: Data(#"{"id": 1, "text": "Call [PERSON]."}"#.utf8))
    /// ```
    ///
    /// - Throws: `CorpusError/malformedLine(line:reason:)` (1-based line; the text is
    ///   never quoted) or `CorpusError/duplicateID(line:)`.
    public init(jsonl data: Data) throws(CorpusError) {
        struct Line: Decodable {
            let id: JSONLBatch.RecordID
            let text: String
        }
        var documents: [Document] = []
        var seen: Set<String> = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let decoded: Line
            do {
                decoded = try JSONDecoder().decode(Line.self, from: Data(line))
            } catch {
                throw .malformedLine(line: index + 1, reason: "not a JSON object with an id and a text")
            }
            let id: String = switch decoded.id {
            case .string(let value): value
            case .integer(let value): String(value)
            }
            guard seen.insert(id).inserted else { throw .duplicateID(line: index + 1) }
            documents.append(Document(id: id, text: decoded.text))
        }
        self.documents = documents
    }

    /// Reads a JSON Lines file (see ``init(jsonl:)``).
    ///
    /// ```swift
    /// let redacted = try RedactedCorpus(contentsOf: URL(fileURLWithPath: "redacted.jsonl"))
    /// ```
    ///
    /// - Throws: `CorpusError/unreadable(path:)` or an error of ``init(jsonl:)``.
    public init(contentsOf url: URL) throws(CorpusError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path)
        }
        try self.init(jsonl: data)
    }
}

/// A gold identifier still visible in the redacted text: the document, the label and the
/// gold offsets, and how much of it survives — never its text.
///
/// ```swift
/// for survivor in Anonymity.survivors(redacted: redacted, gold: gold).survivors {
///     print(survivor) // dev-004: PERSON at scalars 210..<224 (line 3, column 18): 9 of 13 characters visible
/// }
/// ```
public struct SurvivingIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The gold document's id.
    public let documentID: String
    /// The gold span's label.
    public let label: Label
    /// The gold span's offsets in Unicode scalars of the original text.
    public let unicodeScalars: Range<Int>
    /// 1-based line of the gold span's start in the original text.
    public let line: Int
    /// 1-based column (Unicode scalars) of the gold span's start in the original text.
    public let column: Int
    /// How many of its letters and digits are still in the redacted text.
    public let visibleCharacters: Int
    /// How many letters and digits it has.
    public let characters: Int

    /// Creates a description of a surviving gold identifier.
    ///
    /// ```swift
    /// let survivor = SurvivingIdentifier(documentID: "t-1", label: .person, unicodeScalars: 5..<9,
    ///                                    line: 1, column: 6, visibleCharacters: 4, characters: 4)
    /// ```
    public init(documentID: String, label: Label, unicodeScalars: Range<Int>, line: Int, column: Int,
                visibleCharacters: Int, characters: Int) {
        self.documentID = documentID
        self.label = label
        self.unicodeScalars = unicodeScalars
        self.line = line
        self.column = column
        self.visibleCharacters = visibleCharacters
        self.characters = characters
    }

    /// `dev-004: PERSON at scalars 210..<224 (line 3, column 18): 9 of 13 characters visible`.
    public var description: String {
        "\(documentID): \(label) at scalars \(unicodeScalars.lowerBound)..<\(unicodeScalars.upperBound) "
            + "(line \(line), column \(column)): \(visibleCharacters) of \(characters) characters visible"
    }
}

/// What ``Anonymity/survivors(redacted:gold:)`` found.
///
/// ```swift
/// let report = Anonymity.survivors(redacted: redacted, gold: gold)
/// if !report.isClean { print(report) }
/// ```
public struct SurvivalReport: Sendable, Hashable, CustomStringConvertible {
    /// Gold identifiers still (partly) visible, in corpus order.
    public let survivors: [SurvivingIdentifier]
    /// Ids of gold documents that have no redacted counterpart (not known to be anonymous).
    public let missingDocuments: [String]
    /// How many gold spans were checked.
    public let checkedSpans: Int

    /// Whether no gold identifier survives and every gold document was redacted.
    public var isClean: Bool { survivors.isEmpty && missingDocuments.isEmpty }

    /// A summary, then one line per survivor and per missing document. Never corpus text.
    public var description: String {
        var lines = ["\(survivors.count) of \(checkedSpans) gold identifiers survive; \(missingDocuments.count) gold documents missing"]
        lines += survivors.map { "  \($0)" }
        lines += missingDocuments.map { "  \($0): no redacted document with this id" }
        return lines.joined(separator: "\n")
    }
}

extension Anonymity {
    /// Checks a redacted corpus against the gold corpus it was made from: which gold
    /// identifiers can still be read in the redacted text.
    ///
    /// The redacted text is aligned with the original word by word (a minimal diff over
    /// tokens: runs of letters and digits, and single punctuation marks; white space is
    /// ignored). A gold span survives when any of its letters or digits lie in a word the
    /// diff keeps unchanged. Punctuation inside a span (`Sgt.`'s dot, a phone number's
    /// dashes) does not count. So a tag such as `[PERSON]`, a mask or a pseudonym hides a
    /// name; a partly redacted name (`[PERSON] Whitfield`) survives with the visible count.
    /// Surrogates that happen to equal the original words are reported too.
    ///
    /// ```swift
    /// let gold = try Corpus(contentsOf: URL(fileURLWithPath: "Fixtures/corpus/dev-a.jsonl"))
    /// let redacted = try RedactedCorpus(contentsOf: URL(fileURLWithPath: "dev-a.redacted.jsonl"))
    /// let report = Anonymity.survivors(redacted: redacted, gold: gold)
    /// print(report.isClean)
    /// ```
    ///
    /// - Complexity: O((n + m) · d) per document, for n and m tokens and d differing tokens.
    public static func survivors(redacted: RedactedCorpus, gold: Corpus) -> SurvivalReport {
        var byID: [String: String] = [:]
        for document in redacted.documents { byID[document.id] = document.text }
        var survivors: [SurvivingIdentifier] = []
        var missing: [String] = []
        var checked = 0
        for document in gold.documents {
            checked += document.spans.count
            guard let text = byID[document.id] else {
                missing.append(document.id)
                continue
            }
            survivors += survivingSpans(of: document, redacted: text)
        }
        return SurvivalReport(survivors: survivors, missingDocuments: missing, checkedSpans: checked)
    }

    static func survivingSpans(of document: GoldDocument, redacted: String) -> [SurvivingIdentifier] {
        guard !document.spans.isEmpty else { return [] }
        let original = WordTokens(document.text)
        let output = WordTokens(redacted)
        // Tokens of the original that the diff removes are hidden; every other one is visible.
        var visible = [Bool](repeating: true, count: original.words.count)
        for change in output.words.difference(from: original.words) {
            if case .remove(let offset, _, _) = change { visible[offset] = false }
        }
        let positions = ScalarPositions(document.text)
        var result: [SurvivingIdentifier] = []
        for span in document.spans {
            var characters = 0
            var shown = 0
            for index in original.indices(overlapping: span.range) where original.isAlphanumeric[index] {
                let overlap = original.ranges[index].clamped(to: span.range).count
                characters += overlap
                if visible[index] { shown += overlap }
            }
            if shown > 0 {
                let start = positions.lineColumn(scalar: span.start)
                result.append(SurvivingIdentifier(documentID: document.id, label: span.label, unicodeScalars: span.range,
                                                  line: start.line, column: start.column, visibleCharacters: shown,
                                                  characters: characters))
            }
        }
        return result
    }
}

/// A text as words for diffing: runs of letters and digits, and single other non-space
/// scalars, each with its Unicode-scalar range.
struct WordTokens {
    var words: [String] = []
    var ranges: [Range<Int>] = []
    var isAlphanumeric: [Bool] = []

    init(_ text: String) {
        var current = String.UnicodeScalarView()
        var start = 0
        func flush(at end: Int) {
            guard !current.isEmpty else { return }
            words.append(String(current))
            ranges.append(start..<end)
            isAlphanumeric.append(true)
            current = String.UnicodeScalarView()
        }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                if current.isEmpty { start = index }
                current.append(scalar)
                continue
            }
            flush(at: index)
            if !properties.isWhitespace {
                words.append(String(scalar))
                ranges.append(index..<index + 1)
                isAlphanumeric.append(false)
            }
        }
        flush(at: text.unicodeScalars.count)
    }

    /// Indices of the tokens that share at least one scalar with `range` (tokens are sorted).
    func indices(overlapping range: Range<Int>) -> [Int] {
        var low = 0
        var high = ranges.count
        while low < high {  // first token ending after range.lowerBound
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [Int] = []
        var index = low
        while index < ranges.count, ranges[index].lowerBound < range.upperBound {
            result.append(index)
            index += 1
        }
        return result
    }
}
