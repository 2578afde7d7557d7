/// Running detection over a corpus and scoring it.
extension Evaluation {
    /// Runs `engine` on every document of `corpus` and scores its findings.
    ///
    /// ```swift
    /// let evaluation = try Evaluation.run(corpus: corpus, engine: DetectionEngine())
    /// ```
    ///
    /// - Parameters:
    ///   - corpus: The annotated documents.
    ///   - engine: The detection engine to score.
    ///   - includeLeakText: Keep the text of leaked gold spans (debugging only).
    /// - Throws: ``EvaluationError/detection(document:error:)`` naming the document when
    ///   detection fails, or a bounds error of ``Evaluator/add(_:predictions:)``.
    public static func run(corpus: Corpus, engine: DetectionEngine, includeLeakText: Bool = false) throws(EvaluationError) -> Evaluation {
        var evaluator = Evaluator(includeLeakText: includeLeakText)
        for document in corpus.documents {
            try evaluator.add(document, predictions: predictions(for: document, engine: engine))
        }
        return evaluator.evaluation(name: corpus.name)
    }

    /// The engine's findings for one document, in Unicode scalars.
    ///
    /// - Parameters:
    ///   - document: The annotated document.
    ///   - engine: The detection engine to run.
    /// - Throws: ``EvaluationError/detection(document:error:)``.
    public static func predictions(for document: GoldDocument, engine: DetectionEngine) throws(EvaluationError) -> [PredictedSpan] {
        do {
            let text = try Text(document.text)
            var spans: [PredictedSpan] = []
            for finding in try engine.scan(text) {
                spans.append(try PredictedSpan(finding, in: text))
            }
            return spans
        } catch let error as DetectionError {
            throw .detection(document: document.id, error: error)
        } catch let error as TextError {
            throw .detection(document: document.id, error: .text(error))
        } catch {
            throw .detection(document: document.id, error: .configuration(.malformed("unexpected error")))
        }
    }
}
