import ArgumentParser
import Foundation
import Redaction

/// `redact eval`: scores detection against annotated corpora.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score detection against annotated gold corpora (JSONL).",
        discussion: """
            Runs detection on every document of each GOLD.jsonl ({"id","text","spans":[...]}, \
            offsets in Unicode scalars) and prints, per corpus and overall, a row per label \
            and for the groups core/extra/all: gold spans, leak-free recall, partial \
            coverage, typed precision/recall/F1, character precision/recall; then the \
            share of documents with no core leak and the false positives in documents \
            without identifiers. README.md "Evaluation definitions" defines each metric.

            Exit status: 0 on success, 2 on error.
            """
    )

    @OptionGroup var detection: SharedDetectionOptions
    @OptionGroup var reveal: SharedRevealOptions

    @Flag(name: .customLong("json"), help: "Print the scores as one JSON document.")
    var json = false

    @Flag(name: .customLong("leaks"), help: "List the leaked gold spans (id, label, offsets; text masked unless --show).")
    var leaks = false

    @Argument(help: ArgumentHelp("Annotated corpora in JSONL.", valueName: "gold.jsonl"))
    var corpora: [String]

    func validate() throws {
        if corpora.isEmpty { throw ValidationError("Give at least one gold corpus.") }
    }

    func run() async throws {
        try SharedIO.guarded(command: "eval") {
            let engine = try detection.makeEngine()
            let includeLeakText = reveal.show && leaks
            var evaluations: [Evaluation] = []
            for path in corpora {
                let corpus: Corpus
                do throws(CorpusError) {
                    corpus = try Corpus(contentsOf: URL(fileURLWithPath: path))
                } catch {
                    throw SharedFailure("\(path): \(error.description)")
                }
                do throws(EvaluationError) {
                    evaluations.append(try Evaluation.run(corpus: corpus, engine: engine, includeLeakText: includeLeakText))
                } catch {
                    throw SharedFailure("\(path): \(error.description)")
                }
            }
            let overall = evaluations.count > 1 ? Evaluation.combining(evaluations, name: "overall") : nil
            if json {
                let report = EvalReport(engine: engine, corpora: evaluations, overall: overall, withLeaks: leaks)
                SharedIO.write(try report.json())
            } else {
                var out = ""
                for evaluation in evaluations {
                    out += EvalTable.render(evaluation)
                    if leaks { out += EvalTable.renderLeaks(evaluation, show: reveal.show) }
                    out += "\n"
                }
                if let overall { out += EvalTable.render(overall) }
                SharedIO.write(out)
            }
        }
    }
}
