/// Scores predicted spans against a gold corpus, recall first.
///
/// Rows are computed for every label that occurs (gold or predicted) and for the groups
/// core, extra and all; see ``Scores`` for each metric and README "Evaluation definitions"
/// for the exact rules. A character is a Unicode scalar that is not white space
/// (`Unicode.Scalar.Properties.isWhitespace`); spaces never count for or against anyone.
///
/// ```swift
/// var evaluator = Evaluator(includeLeakText: false)
/// try evaluator.add(document, predictions: [PredictedSpan(start: 5, end: 9, label: .person)])
/// let evaluation = evaluator.evaluation(name: "dev-a")
/// print(evaluation.groups.core.leakFreeRecall ?? 0)
/// ```
public struct Evaluation: Sendable, Hashable, Codable {
    /// The corpus name (or a name for combined corpora).
    public let name: String
    /// One row per label that occurs in gold or predictions: the guidelines' labels in
    /// their order, then any other label alphabetically.
    public let labels: [LabelScores]
    /// The core, extra and all groups.
    public let groups: GroupScores
    /// Document-level results.
    public let documents: DocumentScores
    /// Documents with leaked gold spans, in corpus order.
    public let leaks: [DocumentLeaks]

    /// Creates an evaluation from its parts (normally made by ``Evaluator``).
    public init(name: String, labels: [LabelScores], groups: GroupScores, documents: DocumentScores, leaks: [DocumentLeaks]) {
        self.name = name
        self.labels = labels
        self.groups = groups
        self.documents = documents
        self.leaks = leaks
    }

    /// Combines several evaluations (for example one per corpus) by adding their tallies,
    /// so the ratios are micro-averages over all their documents.
    public static func combining(_ evaluations: [Evaluation], name: String) -> Evaluation {
        var labelCounts: [Label: ScoreCounts] = [:]
        var core = ScoreCounts(), extra = ScoreCounts(), all = ScoreCounts()
        var docs = 0, noLeak = 0, free = 0, freeRedacted = 0, falsePositives = 0, unanalysed = 0
        for evaluation in evaluations {
            for row in evaluation.labels { labelCounts[row.label, default: ScoreCounts()].add(row.scores.counts) }
            core.add(evaluation.groups.core.counts)
            extra.add(evaluation.groups.extra.counts)
            all.add(evaluation.groups.all.counts)
            let d = evaluation.documents
            docs += d.documents
            noLeak += d.documentsWithNoCoreLeak
            free += d.identifierFreeDocuments
            freeRedacted += d.identifierFreeDocumentsRedacted
            falsePositives += d.falsePositiveSpansInIdentifierFreeDocuments
            unanalysed += d.unanalysedSpans
        }
        return Evaluation(
            name: name,
            labels: Evaluator.ordered(labelCounts.keys).map { LabelScores(label: $0, scores: Scores(counts: labelCounts[$0]!)) },
            groups: GroupScores(core: Scores(counts: core), extra: Scores(counts: extra), all: Scores(counts: all)),
            documents: DocumentScores(documents: docs, documentsWithNoCoreLeak: noLeak, identifierFreeDocuments: free,
                                      identifierFreeDocumentsRedacted: freeRedacted,
                                      falsePositiveSpansInIdentifierFreeDocuments: falsePositives, unanalysedSpans: unanalysed),
            leaks: evaluations.flatMap(\.leaks)
        )
    }

    /// The scores of one label, if it occurred.
    public func scores(for label: Label) -> Scores? {
        labels.first { $0.label == label }?.scores
    }
}

/// Accumulates documents and their predictions into an ``Evaluation``.
///
/// Add documents one at a time (memory stays proportional to one document plus the
/// tallies), then read ``evaluation(name:)``.
///
/// ```swift
/// var evaluator = Evaluator()
/// for (document, predicted) in pairs { try evaluator.add(document, predictions: predicted) }
/// let result = evaluator.evaluation(name: "dev")
/// ```
public struct Evaluator: Sendable {
    /// Whether leaked spans keep their text (for local debugging only).
    public let includeLeakText: Bool
    private var labelCounts: [Label: ScoreCounts] = [:]
    private var core = ScoreCounts()
    private var extra = ScoreCounts()
    private var all = ScoreCounts()
    private var documents = 0
    private var documentsWithNoCoreLeak = 0
    private var identifierFree = 0
    private var identifierFreeRedacted = 0
    private var falsePositives = 0
    private var unanalysed = 0
    private var leaks: [DocumentLeaks] = []

    /// Creates an empty evaluator.
    ///
    /// - Parameter includeLeakText: keep the text of leaked gold spans in ``LeakedSpan/text``.
    public init(includeLeakText: Bool = false) {
        self.includeLeakText = includeLeakText
    }

    /// Scores one document.
    ///
    /// - Parameters:
    ///   - document: the gold document (spans in Unicode scalars).
    ///   - predictions: predicted spans in Unicode scalars, in any order; they may overlap.
    /// - Throws: ``EvaluationError/predictionOutOfBounds(document:index:)`` for a
    ///   prediction outside the text or empty, ``EvaluationError/goldOutOfBounds(document:index:)``
    ///   likewise for gold.
    /// - Complexity: O(n · r) for a text of n scalars and r result rows, plus
    ///   O(g · p) for g gold and p predicted spans.
    public mutating func add(_ document: GoldDocument, predictions: [PredictedSpan]) throws(EvaluationError) {
        let scalars = Array(document.text.unicodeScalars)
        let n = scalars.count
        for (index, span) in document.spans.enumerated() where !(0 <= span.start && span.start < span.end && span.end <= n) {
            throw .goldOutOfBounds(document: document.id, index: index)
        }
        for (index, span) in predictions.enumerated() where !(0 <= span.start && span.start < span.end && span.end <= n) {
            throw .predictionOutOfBounds(document: document.id, index: index)
        }
        let nonSpace = scalars.map { !$0.properties.isWhitespace }
        let gold = document.spans
        let labelled = predictions.filter { $0.label != .unanalysed }
        let coveredAny = Self.mask(n, predictions.map(\.range))
        let coveredDetected = Self.mask(n, labelled.map(\.range))
        let inGold = Self.mask(n, gold.map(\.range))

        let visible = gold.map { span in span.range.count { nonSpace[$0] && !coveredAny[$0] } }
        let goldMatched = gold.map { g in labelled.contains { $0.label == g.label && $0.range.overlaps(g.range) } }
        let predictedMatched = labelled.map { p in gold.contains { $0.label == p.label && $0.range.overlaps(p.range) } }

        func counts(_ member: (Label) -> Bool) -> ScoreCounts {
            var c = ScoreCounts()
            var goldRanges: [Range<Int>] = []
            for (index, span) in gold.enumerated() where member(span.label) {
                c.goldSpans += 1
                if visible[index] == 0 { c.leakFreeSpans += 1 }
                if goldMatched[index] { c.matchedGoldSpans += 1 }
                goldRanges.append(span.range)
            }
            let goldMask = Self.mask(n, goldRanges)
            var predictedRanges: [Range<Int>] = []
            for (index, span) in labelled.enumerated() where member(span.label) {
                c.predictedSpans += 1
                if predictedMatched[index] { c.matchedPredictedSpans += 1 }
                predictedRanges.append(span.range)
            }
            let predictedMask = Self.mask(n, predictedRanges)
            for i in 0..<n where nonSpace[i] {
                if goldMask[i] {
                    c.goldCharacters += 1
                    if coveredAny[i] { c.coveredGoldCharacters += 1 }
                    if coveredDetected[i] { c.detectedGoldCharacters += 1 }
                }
                if predictedMask[i] {
                    c.predictedCharacters += 1
                    if inGold[i] { c.predictedCharactersInGold += 1 }
                }
            }
            return c
        }

        for label in Set(gold.map(\.label)).union(labelled.map(\.label)) {
            labelCounts[label, default: ScoreCounts()].add(counts { $0 == label })
        }
        core.add(counts { Label.core.contains($0) })
        extra.add(counts { Label.extra.contains($0) })
        all.add(counts { _ in true })

        documents += 1
        if !gold.indices.contains(where: { gold[$0].label.isCore && visible[$0] > 0 }) { documentsWithNoCoreLeak += 1 }
        if gold.isEmpty {
            identifierFree += 1
            falsePositives += predictions.count
            if !predictions.isEmpty { identifierFreeRedacted += 1 }
        }
        unanalysed += predictions.count - labelled.count

        let leaked = gold.indices.filter { visible[$0] > 0 }.map { index in
            let span = gold[index]
            return LeakedSpan(
                label: span.label, start: span.start, end: span.end, visibleCharacters: visible[index],
                characters: span.range.count { nonSpace[$0] },
                text: includeLeakText ? String(String.UnicodeScalarView(scalars[span.range])) : nil)
        }
        if !leaked.isEmpty { leaks.append(DocumentLeaks(id: document.id, spans: leaked)) }
    }

    /// The evaluation of every document added so far.
    public func evaluation(name: String) -> Evaluation {
        Evaluation(
            name: name,
            labels: Self.ordered(labelCounts.keys).map { LabelScores(label: $0, scores: Scores(counts: labelCounts[$0]!)) },
            groups: GroupScores(core: Scores(counts: core), extra: Scores(counts: extra), all: Scores(counts: all)),
            documents: DocumentScores(documents: documents, documentsWithNoCoreLeak: documentsWithNoCoreLeak,
                                      identifierFreeDocuments: identifierFree, identifierFreeDocumentsRedacted: identifierFreeRedacted,
                                      falsePositiveSpansInIdentifierFreeDocuments: falsePositives, unanalysedSpans: unanalysed),
            leaks: leaks)
    }

    /// The guidelines' labels in their order, then the rest alphabetically.
    static func ordered(_ labels: some Sequence<Label>) -> [Label] {
        let present = Set(labels)
        return Label.all.filter(present.contains) + present.subtracting(Label.all).sorted()
    }

    private static func mask(_ count: Int, _ ranges: [Range<Int>]) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for range in ranges { for i in range { mask[i] = true } }
        return mask
    }
}

/// Why a document could not be scored. Names documents and indices, never text.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A gold span is empty or outside the document's text.
    case goldOutOfBounds(document: String, index: Int)
    /// A predicted span is empty or outside the document's text.
    case predictionOutOfBounds(document: String, index: Int)
    /// Detection failed on a document.
    case detection(document: String, error: DetectionError)

    /// A message naming the document and position only.
    public var description: String {
        switch self {
        case .goldOutOfBounds(let document, let index): "document \(document): gold span \(index) is empty or outside the text"
        case .predictionOutOfBounds(let document, let index): "document \(document): predicted span \(index) is empty or outside the text"
        case .detection(let document, let error): "document \(document): \(error.description)"
        }
    }
}
