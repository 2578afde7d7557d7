/// One family of detection (rules, gazetteer, names, propagation), run on the shared
/// text model. Detectors are immutable and shared by every task; per-document state
/// lives in the ``DocumentAnalysis`` they are handed.
protocol Detector: Sendable {
    /// The family name recorded in every finding (`rules`, `gazetteer`, …).
    var name: String { get }
    /// Adds this detector's findings to `analysis.findings`.
    func detect(_ analysis: inout DocumentAnalysis) throws(DetectionError)
}

/// Per-document working state: the text, what earlier detectors found, and scratch
/// space reused across rules. Never shared between tasks.
struct DocumentAnalysis {
    let text: Text
    var findings: [Finding] = []
    let scratch: Pattern.Scratch
    var cachedLexicon: Lexicon?
    /// Regions the allow-list filter found (not identifying); propagation stays out of them.
    var allowedRegions: [Range<Int>] = []
    /// CPU nanoseconds per regex rule, in rule order, added to by the rule detector when not
    /// nil (benchmarks only: ``DetectionEngine/ruleCosts(_:)``).
    var ruleNanoseconds: [Int]?

    init(text: Text, scratch: Pattern.Scratch) {
        self.text = text
        self.scratch = scratch
    }
}

/// Why detection could not complete. Carries positions and ids, never text.
public enum DetectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A rule pack or resource problem at construction time.
    case configuration(RulePackError)
    /// The text model could not be built.
    case text(TextError)
    /// A rule failed in a way the fail-closed fallback could not contain.
    case rule(id: String, error: PatternError)

    /// A message that never quotes the input.
    public var description: String {
        switch self {
        case .configuration(let error): error.description
        case .text(let error): error.description
        case .rule(let id, let error): "rule \(id): \(error.description)"
        }
    }
}
