/// Raw tallies behind one row of an ``Evaluation`` (a label or a group of labels).
///
/// Every ratio of ``Scores`` is computed from these, and tallies add up, so the scores of
/// several corpora combine exactly (micro-averaging). See README "Evaluation definitions".
public struct ScoreCounts: Sendable, Hashable, Codable {
    /// Gold spans of the row's labels.
    public var goldSpans = 0
    /// Of those, spans whose every non-space character is covered by a prediction of any
    /// label (``Label/unanalysed`` included).
    public var leakFreeSpans = 0
    /// Of those, spans overlapped by a prediction of the same label.
    public var matchedGoldSpans = 0
    /// Non-space characters (Unicode scalars) inside gold spans of the row's labels.
    public var goldCharacters = 0
    /// Of those, characters covered by a prediction of any label (``Label/unanalysed`` included).
    public var coveredGoldCharacters = 0
    /// Of ``goldCharacters``, those covered by a prediction with a real label (not ``Label/unanalysed``).
    public var detectedGoldCharacters = 0
    /// Predicted spans of the row's labels (``Label/unanalysed`` never belongs to a row).
    public var predictedSpans = 0
    /// Of those, spans that overlap a gold span of the same label.
    public var matchedPredictedSpans = 0
    /// Non-space characters inside predictions of the row's labels.
    public var predictedCharacters = 0
    /// Of those, characters inside a gold span of any label.
    public var predictedCharactersInGold = 0

    /// All zero.
    public init() {}

    /// Adds `other` into `self`.
    public mutating func add(_ other: ScoreCounts) {
        goldSpans += other.goldSpans
        leakFreeSpans += other.leakFreeSpans
        matchedGoldSpans += other.matchedGoldSpans
        goldCharacters += other.goldCharacters
        coveredGoldCharacters += other.coveredGoldCharacters
        detectedGoldCharacters += other.detectedGoldCharacters
        predictedSpans += other.predictedSpans
        matchedPredictedSpans += other.matchedPredictedSpans
        predictedCharacters += other.predictedCharacters
        predictedCharactersInGold += other.predictedCharactersInGold
    }
}

/// The scores of one row of an ``Evaluation``: a label, or the group core, extra or all.
///
/// A ratio is `nil` when its denominator is zero (for example precision with no
/// predictions); JSON encodes it as `null`.
///
/// ```swift
/// let row = evaluation.groups.core
/// print(row.leakFreeRecall ?? .nan, row.typedF1 ?? .nan)
/// ```
public struct Scores: Sendable, Hashable, Codable {
    /// The tallies the ratios come from.
    public let counts: ScoreCounts
    /// Gold spans with no visible character left: `leakFreeSpans / goldSpans`.
    public let leakFreeRecall: Double?
    /// Share of gold non-space characters hidden by any prediction:
    /// `coveredGoldCharacters / goldCharacters`.
    public let partialCoverage: Double?
    /// Predicted spans that overlap a gold span of their label: `matchedPredictedSpans / predictedSpans`.
    public let typedPrecision: Double?
    /// Gold spans overlapped by a prediction of their label: `matchedGoldSpans / goldSpans`.
    public let typedRecall: Double?
    /// Harmonic mean of typed precision and recall.
    public let typedF1: Double?
    /// Predicted non-space characters that lie inside some gold span: `predictedCharactersInGold / predictedCharacters`.
    public let characterPrecision: Double?
    /// Gold non-space characters detected with a real label: `detectedGoldCharacters / goldCharacters`.
    public let characterRecall: Double?

    /// Computes the ratios of `counts`.
    public init(counts: ScoreCounts) {
        func ratio(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
        self.counts = counts
        leakFreeRecall = ratio(counts.leakFreeSpans, counts.goldSpans)
        partialCoverage = ratio(counts.coveredGoldCharacters, counts.goldCharacters)
        typedPrecision = ratio(counts.matchedPredictedSpans, counts.predictedSpans)
        typedRecall = ratio(counts.matchedGoldSpans, counts.goldSpans)
        if let p = typedPrecision, let r = typedRecall {
            typedF1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        } else {
            typedF1 = nil
        }
        characterPrecision = ratio(counts.predictedCharactersInGold, counts.predictedCharacters)
        characterRecall = ratio(counts.detectedGoldCharacters, counts.goldCharacters)
    }

    /// Encodes every ratio, an undefined one as `null` (so the JSON shape never changes).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts, forKey: .counts)
        try container.encode(leakFreeRecall, forKey: .leakFreeRecall)
        try container.encode(partialCoverage, forKey: .partialCoverage)
        try container.encode(typedPrecision, forKey: .typedPrecision)
        try container.encode(typedRecall, forKey: .typedRecall)
        try container.encode(typedF1, forKey: .typedF1)
        try container.encode(characterPrecision, forKey: .characterPrecision)
        try container.encode(characterRecall, forKey: .characterRecall)
    }
}

/// The scores of one label.
public struct LabelScores: Sendable, Hashable, Codable {
    /// The label.
    public let label: Label
    /// Its scores (gold side: spans annotated with it; predicted side: predictions with it).
    public let scores: Scores

    /// Pairs a label with its scores.
    public init(label: Label, scores: Scores) {
        self.label = label
        self.scores = scores
    }
}

/// The scores of the three label groups.
public struct GroupScores: Sendable, Hashable, Codable {
    /// ``Label/core``: PERSON BADGE LOCATION DATE PHONE.
    public let core: Scores
    /// ``Label/extra``: TIME EMAIL URL ORG PLATE ID.
    public let extra: Scores
    /// Every label (including any outside the guidelines), never ``Label/unanalysed``.
    public let all: Scores

    /// Creates the group scores.
    public init(core: Scores, extra: Scores, all: Scores) {
        self.core = core
        self.extra = extra
        self.all = all
    }
}

/// Document-level results of an ``Evaluation``.
public struct DocumentScores: Sendable, Hashable, Codable {
    /// Documents scored.
    public let documents: Int
    /// Documents in which every core gold span is leak-free (a document without core
    /// spans counts as leak-free).
    public let documentsWithNoCoreLeak: Int
    /// `documentsWithNoCoreLeak / documents` (nil with no documents).
    public let noCoreLeakShare: Double?
    /// Documents without any gold span.
    public let identifierFreeDocuments: Int
    /// Of those, documents with at least one prediction (of any label, ``Label/unanalysed`` included).
    public let identifierFreeDocumentsRedacted: Int
    /// `identifierFreeDocumentsRedacted / identifierFreeDocuments` (nil when there are none).
    public let identifierFreeRedactedShare: Double?
    /// Predicted spans (any label) in identifier-free documents: all of them false positives.
    public let falsePositiveSpansInIdentifierFreeDocuments: Int
    /// Predicted ``Label/unanalysed`` regions over all documents.
    public let unanalysedSpans: Int

    /// Creates document scores from counts; the shares are derived.
    public init(documents: Int, documentsWithNoCoreLeak: Int, identifierFreeDocuments: Int,
                identifierFreeDocumentsRedacted: Int, falsePositiveSpansInIdentifierFreeDocuments: Int, unanalysedSpans: Int) {
        self.documents = documents
        self.documentsWithNoCoreLeak = documentsWithNoCoreLeak
        self.noCoreLeakShare = documents == 0 ? nil : Double(documentsWithNoCoreLeak) / Double(documents)
        self.identifierFreeDocuments = identifierFreeDocuments
        self.identifierFreeDocumentsRedacted = identifierFreeDocumentsRedacted
        self.identifierFreeRedactedShare = identifierFreeDocuments == 0
            ? nil : Double(identifierFreeDocumentsRedacted) / Double(identifierFreeDocuments)
        self.falsePositiveSpansInIdentifierFreeDocuments = falsePositiveSpansInIdentifierFreeDocuments
        self.unanalysedSpans = unanalysedSpans
    }

    /// Encodes every field, an undefined share as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(documentsWithNoCoreLeak, forKey: .documentsWithNoCoreLeak)
        try container.encode(noCoreLeakShare, forKey: .noCoreLeakShare)
        try container.encode(identifierFreeDocuments, forKey: .identifierFreeDocuments)
        try container.encode(identifierFreeDocumentsRedacted, forKey: .identifierFreeDocumentsRedacted)
        try container.encode(identifierFreeRedactedShare, forKey: .identifierFreeRedactedShare)
        try container.encode(falsePositiveSpansInIdentifierFreeDocuments, forKey: .falsePositiveSpansInIdentifierFreeDocuments)
        try container.encode(unanalysedSpans, forKey: .unanalysedSpans)
    }
}

/// A gold span that is not leak-free, for debugging.
public struct LeakedSpan: Sendable, Hashable, Codable {
    /// The gold label.
    public let label: Label
    /// First scalar of the gold span.
    public let start: Int
    /// One past its last scalar.
    public let end: Int
    /// Non-space characters of the span left visible.
    public let visibleCharacters: Int
    /// Non-space characters of the span.
    public let characters: Int
    /// The span's text — only when the caller asked for it; nil otherwise.
    public let text: String?

    /// Creates a leak record.
    public init(label: Label, start: Int, end: Int, visibleCharacters: Int, characters: Int, text: String?) {
        self.label = label
        self.start = start
        self.end = end
        self.visibleCharacters = visibleCharacters
        self.characters = characters
        self.text = text
    }
}

/// The leaked gold spans of one document.
public struct DocumentLeaks: Sendable, Hashable, Codable {
    /// The document id.
    public let id: String
    /// Its leaked spans, in text order.
    public let spans: [LeakedSpan]

    /// Creates a document's leak list.
    public init(id: String, spans: [LeakedSpan]) {
        self.id = id
        self.spans = spans
    }
}
