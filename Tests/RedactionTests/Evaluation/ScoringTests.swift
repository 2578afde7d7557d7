import Testing
import Foundation
@testable import Redaction

/// Scoring with hand-made gold and predictions: independent of what detection finds.
struct ScoringTests {
    /// A spans shorthand: (start, end, label) in Unicode scalars.
    typealias S = (Int, Int, Label)

    /// One row of the scoring table: a document, its gold and predicted spans, and the
    /// tallies expected for the `all` group.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let gold: [GoldSpan]
        let predicted: [PredictedSpan]
        let expected: ScoreCounts
        var testDescription: String { name }

        init(_ name: String, _ text: String, gold: [S], predicted: [S], _ expected: ScoreCounts) {
            self.name = name
            self.text = text
            self.gold = gold.map { GoldSpan(start: $0.0, end: $0.1, label: $0.2) }
            self.predicted = predicted.map { PredictedSpan(start: $0.0, end: $0.1, label: $0.2) }
            self.expected = expected
        }
    }

    /// Builds expected tallies in a fixed order: gold spans, leak-free, matched gold,
    /// gold chars, covered, detected, predicted spans, matched predicted, predicted chars, in gold.
    static func counts(_ g: Int, _ lf: Int, _ mg: Int, _ gc: Int, _ cov: Int, _ det: Int,
                       _ p: Int, _ mp: Int, _ pc: Int, _ pig: Int) -> ScoreCounts {
        var c = ScoreCounts()
        c.goldSpans = g; c.leakFreeSpans = lf; c.matchedGoldSpans = mg; c.goldCharacters = gc
        c.coveredGoldCharacters = cov; c.detectedGoldCharacters = det; c.predictedSpans = p
        c.matchedPredictedSpans = mp; c.predictedCharacters = pc; c.predictedCharactersInGold = pig
        return c
    }

    // "Call Dana Ruiz now." — "Dana Ruiz" is 5..<14 (8 non-space characters), the whole
    // text has 16 non-space characters.
    static let call = "Call Dana Ruiz now."
    // "José 👮🏽 met Zoë." with precomposed é and ë: José 0..<4, emoji 5..<7, Zoë 12..<15.
    static let accents = "Jos\u{E9} 👮🏽 met Zo\u{EB}."

    static let cases: [Case] = [
        Case("exact match", call, gold: [(5, 14, .person)], predicted: [(5, 14, .person)],
             counts(1, 1, 1, 8, 8, 8, 1, 1, 8, 8)),
        Case("partial: first name only", call, gold: [(5, 14, .person)], predicted: [(5, 9, .person)],
             counts(1, 0, 1, 8, 4, 4, 1, 1, 4, 4)),
        Case("wrong label still hides it", call, gold: [(5, 14, .person)], predicted: [(5, 14, .location)],
             counts(1, 1, 0, 8, 8, 8, 1, 0, 8, 8)),
        Case("overlapping predictions spill outside", call, gold: [(5, 14, .person)],
             predicted: [(0, 9, .person), (7, 19, .person)],
             counts(1, 1, 1, 8, 8, 8, 2, 2, 16, 8)),
        Case("two pieces, the space between needs no cover", call, gold: [(5, 14, .person)],
             predicted: [(5, 9, .person), (10, 14, .person)],
             counts(1, 1, 1, 8, 8, 8, 2, 2, 8, 8)),
        Case("miss", call, gold: [(5, 14, .person)], predicted: [],
             counts(1, 0, 0, 8, 0, 0, 0, 0, 0, 0)),
        Case("empty document", "", gold: [], predicted: [],
             counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
        Case("false positive in identifier-free text", "Nothing here.", gold: [], predicted: [(0, 7, .org)],
             counts(0, 0, 0, 0, 0, 0, 1, 0, 7, 0)),
        Case("UNANALYSED covers but does not detect", call, gold: [(5, 14, .person)], predicted: [(0, 19, .unanalysed)],
             counts(1, 1, 0, 8, 8, 0, 0, 0, 0, 0)),
        Case("accents and emoji count one character per scalar", accents,
             gold: [(0, 4, .person), (5, 7, .person), (12, 15, .person)],
             predicted: [(0, 2, .unanalysed), (5, 7, .person), (12, 15, .person)],
             counts(3, 2, 2, 9, 7, 5, 2, 2, 5, 5)),
        Case("decomposed accent is two scalars", "Zoe\u{301} left", gold: [(0, 4, .person)], predicted: [(0, 3, .person)],
             counts(1, 0, 1, 4, 3, 3, 1, 1, 3, 3)),
        Case("one prediction over two gold spans of different labels", "Ruiz 602-555-0143",
             gold: [(0, 4, .person), (5, 17, .phone)], predicted: [(0, 17, .phone)],
             counts(2, 2, 1, 16, 16, 16, 1, 1, 16, 16)),
    ]

    @Test(arguments: cases)
    func allGroupTallies(_ c: Case) throws {
        var evaluator = Evaluator()
        try evaluator.add(GoldDocument(id: "d", text: c.text, spans: c.gold), predictions: c.predicted)
        let evaluation = evaluator.evaluation(name: "t")
        #expect(evaluation.groups.all.counts == c.expected)
    }

    @Test(arguments: cases)
    func leakListAgreesWithLeakFreeCount(_ c: Case) throws {
        var evaluator = Evaluator(includeLeakText: true)
        try evaluator.add(GoldDocument(id: "d", text: c.text, spans: c.gold), predictions: c.predicted)
        let evaluation = evaluator.evaluation(name: "t")
        let leaked = evaluation.leaks.flatMap(\.spans)
        #expect(leaked.count == c.expected.goldSpans - c.expected.leakFreeSpans)
        let scalars = Array(c.text.unicodeScalars)
        for span in leaked {
            #expect(span.text == String(String.UnicodeScalarView(scalars[span.start..<span.end])))
            #expect(span.visibleCharacters > 0 && span.visibleCharacters <= span.characters)
        }
    }

    @Test func ratiosAndF1() throws {
        // PERSON: 2 gold, one found; 3 PERSON predictions, one right → P 1/3, R 1/2, F1 0.4.
        var evaluator = Evaluator()
        try evaluator.add(GoldDocument(id: "d", text: "Ana and Bo met Cy at noon", spans: [
            GoldSpan(start: 0, end: 3, label: .person), GoldSpan(start: 8, end: 10, label: .person),
        ]), predictions: [
            PredictedSpan(start: 0, end: 3, label: .person), PredictedSpan(start: 15, end: 17, label: .person),
            PredictedSpan(start: 21, end: 25, label: .person),
        ])
        let person = try #require(evaluator.evaluation(name: "t").scores(for: .person))
        #expect(person.typedPrecision == 1.0 / 3.0)
        #expect(person.typedRecall == 0.5)
        #expect(abs((person.typedF1 ?? 0) - 0.4) < 1e-12)
        #expect(person.leakFreeRecall == 0.5)
        #expect(person.partialCoverage == 3.0 / 5.0)
        #expect(person.characterPrecision == 3.0 / 9.0)
        #expect(person.characterRecall == 3.0 / 5.0)
    }

    @Test func undefinedRatiosAreNilAndEncodeAsNull() throws {
        let scores = Scores(counts: ScoreCounts())
        #expect(scores.leakFreeRecall == nil && scores.typedPrecision == nil && scores.typedF1 == nil)
        let json = String(decoding: try JSONEncoder().encode(scores), as: UTF8.self)
        #expect(json.contains("\"typedPrecision\":null"))
        #expect(try JSONDecoder().decode(Scores.self, from: Data(json.utf8)) == scores)
    }

    @Test func groupsSplitCoreExtraAndUnknownLabels() throws {
        var evaluator = Evaluator()
        try evaluator.add(GoldDocument(id: "d", text: "Ana at 0230 saw X9", spans: [
            GoldSpan(start: 0, end: 3, label: .person), GoldSpan(start: 7, end: 11, label: .time),
            GoldSpan(start: 16, end: 18, label: "CUSTOM"),
        ]), predictions: [PredictedSpan(start: 7, end: 11, label: .time)])
        let evaluation = evaluator.evaluation(name: "t")
        #expect(evaluation.groups.core.counts.goldSpans == 1)
        #expect(evaluation.groups.extra.counts.goldSpans == 1)
        #expect(evaluation.groups.extra.leakFreeRecall == 1)
        #expect(evaluation.groups.all.counts.goldSpans == 3)
        #expect(evaluation.labels.map(\.label) == [.person, .time, "CUSTOM"])
        #expect(evaluation.documents.documentsWithNoCoreLeak == 0)
    }

    @Test func documentLevelResults() throws {
        var evaluator = Evaluator()
        // Only an extra label leaks: no core leak.
        try evaluator.add(GoldDocument(id: "a", text: "at 0230", spans: [GoldSpan(start: 3, end: 7, label: .time)]), predictions: [])
        // Core leak.
        try evaluator.add(GoldDocument(id: "b", text: "Ana", spans: [GoldSpan(start: 0, end: 3, label: .person)]), predictions: [])
        // Identifier-free, two false positives (one UNANALYSED).
        try evaluator.add(GoldDocument(id: "c", text: "all quiet", spans: []),
                          predictions: [PredictedSpan(start: 0, end: 3, label: .org), PredictedSpan(start: 4, end: 9, label: .unanalysed)])
        // Identifier-free, clean.
        try evaluator.add(GoldDocument(id: "e", text: "calm", spans: []), predictions: [])
        let d = evaluator.evaluation(name: "t").documents
        #expect(d.documents == 4)
        #expect(d.documentsWithNoCoreLeak == 3)
        #expect(d.noCoreLeakShare == 0.75)
        #expect(d.identifierFreeDocuments == 2)
        #expect(d.identifierFreeDocumentsRedacted == 1)
        #expect(d.identifierFreeRedactedShare == 0.5)
        #expect(d.falsePositiveSpansInIdentifierFreeDocuments == 2)
        #expect(d.unanalysedSpans == 1)
    }

    @Test func leaksCarryTextOnlyWhenAsked() throws {
        let document = GoldDocument(id: "doc-7", text: "Ask Zoë now", spans: [GoldSpan(start: 4, end: 7, label: .person)])
        var hidden = Evaluator()
        try hidden.add(document, predictions: [PredictedSpan(start: 4, end: 5, label: .person)])
        let leak = try #require(hidden.evaluation(name: "t").leaks.first)
        #expect(leak.id == "doc-7")
        #expect(leak.spans == [LeakedSpan(label: .person, start: 4, end: 7, visibleCharacters: 2, characters: 3, text: nil)])
        let json = String(decoding: try JSONEncoder().encode(hidden.evaluation(name: "t")), as: UTF8.self)
        #expect(!json.contains("Zoë") && !json.contains("Zo\\u"))

        var shown = Evaluator(includeLeakText: true)
        try shown.add(document, predictions: [])
        #expect(shown.evaluation(name: "t").leaks.first?.spans.first?.text == "Zoë")
    }

    @Test func combiningEqualsScoringTogether() throws {
        let docs = Self.cases.enumerated().map { (index, c) in
            (GoldDocument(id: "d\(index)", text: c.text, spans: c.gold), c.predicted)
        }
        var together = Evaluator()
        var first = Evaluator()
        var second = Evaluator()
        for (index, (doc, predicted)) in docs.enumerated() {
            try together.add(doc, predictions: predicted)
            if index % 2 == 0 { try first.add(doc, predictions: predicted) } else { try second.add(doc, predictions: predicted) }
        }
        let combined = Evaluation.combining([first.evaluation(name: "a"), second.evaluation(name: "b")], name: "all")
        let expected = together.evaluation(name: "all")
        #expect(combined.labels == expected.labels)
        #expect(combined.groups == expected.groups)
        #expect(combined.documents == expected.documents)
        #expect(Set(combined.leaks.map(\.id)) == Set(expected.leaks.map(\.id)))
    }

    @Test(arguments: [(-1, 2), (0, 0), (3, 2), (0, 99)])
    func rejectsPredictionsOutsideTheText(_ bounds: (Int, Int)) {
        var evaluator = Evaluator()
        let document = GoldDocument(id: "d-1", text: "secret words", spans: [])
        #expect(throws: EvaluationError.predictionOutOfBounds(document: "d-1", index: 0)) {
            try evaluator.add(document, predictions: [PredictedSpan(start: bounds.0, end: bounds.1, label: .person)])
        }
    }

    @Test func findingsConvertFromUTF8ToScalars() throws {
        let text = try Text(Self.accents)
        let utf8 = Array(Self.accents.utf8)
        // "Zoë" starts after "José 👮🏽 met " = 5 + 1 + 8 + 1 + 4 = 19 bytes and is 4 bytes long.
        #expect(String(decoding: utf8[19..<23], as: UTF8.self) == "Zo\u{EB}")
        let finding = Finding(label: .person, range: 19..<23, score: 0.9, detector: "test", rule: "t")
        #expect(try PredictedSpan(finding, in: text) == PredictedSpan(start: 12, end: 15, label: .person))
        let splitting = Finding(label: .person, range: 4..<5, score: 0.9, detector: "test", rule: "t")
        #expect(throws: TextError.self) { try PredictedSpan(splitting, in: text) }
    }
}
