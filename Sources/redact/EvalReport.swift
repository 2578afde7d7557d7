import Foundation
import Redaction

/// The JSON document of `redact eval --json`.
struct EvalReport: Encodable {
    /// Versions of what produced the predictions.
    struct Engine: Encodable {
        let rulePacks: [String: String]
        let gazetteer: String
        let disabledRules: [String]
        let disabledDetectors: [String]
    }

    /// One corpus (or the overall combination); `leaks` only with `--leaks`.
    struct Entry: Encodable {
        let name: String
        let labels: [LabelScores]
        let groups: GroupScores
        let documents: DocumentScores
        let leaks: [DocumentLeaks]?
    }

    let engine: Engine
    let corpora: [Entry]
    let overall: Entry?

    init(engine: DetectionEngine, corpora: [Evaluation], overall: Evaluation?, withLeaks: Bool) {
        func entry(_ e: Evaluation) -> Entry {
            Entry(name: e.name, labels: e.labels, groups: e.groups, documents: e.documents, leaks: withLeaks ? e.leaks : nil)
        }
        self.engine = Engine(rulePacks: engine.rulePackVersions, gazetteer: engine.gazetteerVersion,
                             disabledRules: engine.options.disabledRules.sorted(),
                             disabledDetectors: engine.options.disabledDetectors.map(\.rawValue).sorted())
        self.corpora = corpora.map(entry)
        self.overall = overall.map(entry)
    }

    /// Pretty, key-sorted JSON with a final newline.
    func json() throws(SharedFailure) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        } catch {
            throw SharedFailure("cannot encode the report")
        }
    }
}

/// The readable tables of `redact eval`.
enum EvalTable {
    static let headers = ["label", "gold", "leak-free", "coverage", "typed P", "typed R", "typed F1", "char P", "char R"]

    /// A percentage with one decimal, or an em dash when undefined.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.1f%%", value * 100)
    }

    static func row(_ name: String, _ s: Scores) -> [String] {
        [name, String(s.counts.goldSpans), percent(s.leakFreeRecall), percent(s.partialCoverage), percent(s.typedPrecision),
         percent(s.typedRecall), percent(s.typedF1), percent(s.characterPrecision), percent(s.characterRecall)]
    }

    /// Pads to `width` characters: the first column left-aligned, the others right-aligned.
    static func pad(_ cell: String, _ width: Int, left: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - cell.count))
        return left ? cell + fill : fill + cell
    }

    /// The table and document lines of one evaluation.
    static func render(_ evaluation: Evaluation) -> String {
        let d = evaluation.documents
        var rows = [headers]
        rows += evaluation.labels.map { row($0.label.rawValue, $0.scores) }
        let separatorIndex = rows.count
        rows += [row("core", evaluation.groups.core), row("extra", evaluation.groups.extra), row("all", evaluation.groups.all)]
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = "\(evaluation.name) (\(d.documents) document\(d.documents == 1 ? "" : "s"))\n"
        for (index, cells) in rows.enumerated() {
            if index == separatorIndex || index == 1 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
            out += cells.enumerated().map { pad($1, widths[$0], left: $0 == 0) }.joined(separator: "  ") + "\n"
        }
        out += "documents with no core leak: \(d.documentsWithNoCoreLeak)/\(d.documents) (\(percent(d.noCoreLeakShare)))\n"
        out += "identifier-free documents: \(d.identifierFreeDocuments); with any redaction: "
            + "\(d.identifierFreeDocumentsRedacted) (\(percent(d.identifierFreeRedactedShare))); "
            + "false-positive spans: \(d.falsePositiveSpansInIdentifierFreeDocuments)\n"
        if d.unanalysedSpans > 0 { out += "unanalysed regions: \(d.unanalysedSpans)\n" }
        return out
    }

    /// The leaked spans of one evaluation, one per line; the text masked unless `show`.
    static func renderLeaks(_ evaluation: Evaluation, show: Bool) -> String {
        let count = evaluation.leaks.reduce(0) { $0 + $1.spans.count }
        var out = "leaked spans (\(count)):\n"
        for document in evaluation.leaks {
            for span in document.spans {
                let text = show ? span.text.map(SharedIO.jsonString) ?? ScanListing.mask : ScanListing.mask
                out += "  \(document.id)  \(span.label)  \(span.start)..<\(span.end)  "
                    + "\(span.visibleCharacters)/\(span.characters) visible  \(text)\n"
            }
        }
        return out
    }
}
