/// What a redaction changed and why, without the original text (unless asked for).
///
/// Encode it as JSON to hand to a reviewer; edit it (mark a change ``RedactionChange/Status/rejected``,
/// or add a change with status ``RedactionChange/Status/added``, a label and a span) and give
/// it back to ``Redactor/apply(audit:to:)``. The format is described in the README under
/// "Audit format".
///
/// ```swift
/// let result = try redactor.redact("Call Dana at 602-555-0143.")
/// for change in result.audit.changes {
///     print(change.label, change.input.utf8!, change.replacement ?? "")
/// }
/// ```
public struct RedactionAudit: Sendable, Hashable, Codable {
    /// The schema version this library writes and reads.
    public static let currentSchemaVersion = 1
    /// How spans are counted, written into every audit.
    public static let spanConvention =
        "Spans are half-open [start, end) offsets into the input (\"input\") or the redacted output (\"output\"), given in UTF-8 bytes (utf8), Unicode scalars (unicodeScalars) and UTF-16 code units (utf16)."

    /// The schema version of this audit.
    public var schemaVersion: Int
    /// Name → version of every rule pack detection used.
    public var rulePackVersions: [String: String]
    /// The gazetteer's version.
    public var gazetteerVersion: String
    /// Keyed HMAC (hex) of the configuration, without the key: identifies the settings
    /// and key an audit must be applied with.
    public var configurationFingerprint: String
    /// The units every span is given in.
    public var textUnits: [TextUnit]
    /// A sentence stating the span convention (``spanConvention``).
    public var spanConvention: String
    /// The input's length in each unit.
    public var inputLength: TextLength
    /// The output's length in each unit.
    public var outputLength: TextLength
    /// Invalid UTF-8 sequences replaced by U+FFFD before redaction (lossy mode only),
    /// as byte ranges of the raw input.
    public var invalidUTF8: [Range<Int>]
    /// Every change, sorted by input position.
    public var changes: [RedactionChange]

    /// Creates an audit.
    public init(schemaVersion: Int = RedactionAudit.currentSchemaVersion, rulePackVersions: [String: String], gazetteerVersion: String,
                configurationFingerprint: String, textUnits: [TextUnit] = TextUnit.allCases,
                spanConvention: String = RedactionAudit.spanConvention, inputLength: TextLength, outputLength: TextLength,
                invalidUTF8: [Range<Int>] = [], changes: [RedactionChange]) {
        self.schemaVersion = schemaVersion
        self.rulePackVersions = rulePackVersions
        self.gazetteerVersion = gazetteerVersion
        self.configurationFingerprint = configurationFingerprint
        self.textUnits = textUnits
        self.spanConvention = spanConvention
        self.inputLength = inputLength
        self.outputLength = outputLength
        self.invalidUTF8 = invalidUTF8
        self.changes = changes
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, rulePackVersions, gazetteerVersion, configurationFingerprint, textUnits, spanConvention
        case inputLength, outputLength, invalidUTF8, changes
    }

    /// Decodes; `invalidUTF8`, `textUnits` and `spanConvention` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        rulePackVersions = try c.decode([String: String].self, forKey: .rulePackVersions)
        gazetteerVersion = try c.decode(String.self, forKey: .gazetteerVersion)
        configurationFingerprint = try c.decode(String.self, forKey: .configurationFingerprint)
        textUnits = try c.decodeIfPresent([TextUnit].self, forKey: .textUnits) ?? TextUnit.allCases
        spanConvention = try c.decodeIfPresent(String.self, forKey: .spanConvention) ?? Self.spanConvention
        inputLength = try c.decode(TextLength.self, forKey: .inputLength)
        outputLength = try c.decode(TextLength.self, forKey: .outputLength)
        invalidUTF8 = try c.decodeIfPresent([Range<Int>].self, forKey: .invalidUTF8) ?? []
        changes = try c.decode([RedactionChange].self, forKey: .changes)
    }
}

/// A text's length in each unit.
public struct TextLength: Sendable, Hashable, Codable {
    /// UTF-8 bytes.
    public var utf8: Int
    /// Unicode scalars.
    public var unicodeScalars: Int
    /// UTF-16 code units.
    public var utf16: Int

    /// Creates a length.
    public init(utf8: Int, unicodeScalars: Int, utf16: Int) {
        self.utf8 = utf8
        self.unicodeScalars = unicodeScalars
        self.utf16 = utf16
    }
}

/// A span given in up to three units. The redactor fills all three; a reviewer adding a
/// span may give only `utf8` or only `unicodeScalars` (or `utf16`).
///
/// Encoded as `{"utf8": [start, end], "unicodeScalars": [start, end], "utf16": [start, end]}`.
public struct TextSpan: Sendable, Hashable, Codable {
    /// Half-open range in UTF-8 bytes.
    public var utf8: Range<Int>?
    /// Half-open range in Unicode scalars.
    public var unicodeScalars: Range<Int>?
    /// Half-open range in UTF-16 code units.
    public var utf16: Range<Int>?

    /// Creates a span.
    public init(utf8: Range<Int>? = nil, unicodeScalars: Range<Int>? = nil, utf16: Range<Int>? = nil) {
        self.utf8 = utf8
        self.unicodeScalars = unicodeScalars
        self.utf16 = utf16
    }

    /// The span of UTF-8 range `range` of `text` in all three units.
    init(utf8 range: Range<Int>, in text: Text) throws(TextError) {
        self.utf8 = range
        self.unicodeScalars = try text.offsets.convert(range, from: .utf8, to: .unicodeScalars)
        self.utf16 = try text.offsets.convert(range, from: .utf8, to: .utf16)
    }
}

/// One replacement in an audit.
public struct RedactionChange: Sendable, Hashable, Codable {
    /// Whether a change is in force.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Found by detection and applied.
        case applied
        /// Rejected by a reviewer: the original text stays (not allowed for `UNANALYSED`).
        case rejected
        /// Added by a reviewer: a span detection missed.
        case added
    }

    /// Whether the change is in force.
    public var status: Status
    /// What kind of identifier.
    public var label: Label
    /// The detector family (`rules`, `failsafe`, …; `reviewer` for added spans).
    public var detector: String
    /// The rule id or list that fired (`reviewer` for added spans).
    public var rule: String
    /// The detection score.
    public var score: Double
    /// The context word that supported the finding, if any (never the identifier).
    public var context: String?
    /// Where the original text is, in the input.
    public var input: TextSpan
    /// Where the replacement is, in the output (nil for rejected changes).
    public var output: TextSpan?
    /// The operator that produced the replacement.
    public var `operator`: RedactionOperator?
    /// The text written in place of the original (nil for rejected changes).
    public var replacement: String?
    /// Keyed fingerprint of the original span: hex HMAC-SHA256(key, "fingerprint:" + UTF-8 bytes).
    /// Absent only on reviewer-added changes before they are applied.
    public var fingerprint: String?
    /// True for `UNANALYSED` regions: detection could not analyse them, so they are
    /// redacted whole (fail closed).
    public var failClosed: Bool
    /// The original text, only when the configuration asked for it.
    public var original: String?

    /// Creates a change. A reviewer adding a span needs only `status: .added`, a label and a span.
    public init(status: Status, label: Label, detector: String = "reviewer", rule: String = "reviewer", score: Double = 1,
                context: String? = nil, input: TextSpan, output: TextSpan? = nil, operator: RedactionOperator? = nil,
                replacement: String? = nil, fingerprint: String? = nil, failClosed: Bool = false, original: String? = nil) {
        self.status = status
        self.label = label
        self.detector = detector
        self.rule = rule
        self.score = score
        self.context = context
        self.input = input
        self.output = output
        self.operator = `operator`
        self.replacement = replacement
        self.fingerprint = fingerprint
        self.failClosed = failClosed
        self.original = original
    }

    enum CodingKeys: String, CodingKey {
        case status, label, detector, rule, score, context, input, output, `operator`, replacement, fingerprint, failClosed, original
    }

    /// Decodes; only `label` and `input` are required (a reviewer's added span), with
    /// status `added`, detector and rule `reviewer` and score 1 by default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .added
        label = try c.decode(Label.self, forKey: .label)
        detector = try c.decodeIfPresent(String.self, forKey: .detector) ?? "reviewer"
        rule = try c.decodeIfPresent(String.self, forKey: .rule) ?? "reviewer"
        score = try c.decodeIfPresent(Double.self, forKey: .score) ?? 1
        context = try c.decodeIfPresent(String.self, forKey: .context)
        input = try c.decode(TextSpan.self, forKey: .input)
        output = try c.decodeIfPresent(TextSpan.self, forKey: .output)
        `operator` = try c.decodeIfPresent(RedactionOperator.self, forKey: .operator)
        replacement = try c.decodeIfPresent(String.self, forKey: .replacement)
        fingerprint = try c.decodeIfPresent(String.self, forKey: .fingerprint)
        failClosed = try c.decodeIfPresent(Bool.self, forKey: .failClosed) ?? (label == .unanalysed)
        original = try c.decodeIfPresent(String.self, forKey: .original)
    }
}

/// The outcome of a redaction: the redacted text and its audit.
public struct RedactionResult: Sendable, Hashable, Codable {
    /// The redacted text.
    public var text: String
    /// What changed and why.
    public var audit: RedactionAudit

    /// Creates a result.
    public init(text: String, audit: RedactionAudit) {
        self.text = text
        self.audit = audit
    }
}
