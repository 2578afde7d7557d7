public import Foundation
public import Redaction
public import Testing

/// Records an issue when `text` still contains an identifier, listing the label, rule,
/// score and masked position (line and column) of each — never the identifier's text,
/// so a failing test does not copy the data it protects into the test log.
///
/// ```swift
/// @Test func publishedNarrativeIsAnonymous() throws {
///     let redactor = try Redactor()
///     let redacted = try redactor.redact(narrative).text
///     expectAnonymous(redacted, redactor: redactor)
///     expectAnonymous(summary, labels: [.person, .badge])   // only names and badge numbers
/// }
/// ```
///
/// Fail closed: when the redactor cannot be built or detection fails, that is recorded
/// as an issue too.
///
/// - Parameters:
///   - text: text that should be anonymous, typically a redactor's output.
///   - labels: the labels to look for (nil: every label the redactor redacts).
///     `UNANALYSED` regions are always reported.
///   - redactor: the redactor whose detection decides (nil: ``Anonymity/defaultRedactor()``).
///   - sourceLocation: where the issue is reported (the caller, by default).
/// - Returns: the identifiers found (empty when `text` is anonymous).
@discardableResult
public func expectAnonymous(_ text: String, labels: Set<Label>? = nil, redactor: Redactor? = nil,
                            sourceLocation: SourceLocation = #_sourceLocation) -> [RemainingIdentifier] {
    do throws(RedactionError) {
        let remaining = try Anonymity.identifiers(in: text, labels: labels, redactor: redactor)
        if !remaining.isEmpty {
            Issue.record(Comment(rawValue: Anonymity.message(for: remaining)), sourceLocation: sourceLocation)
        }
        return remaining
    } catch {
        Issue.record(Comment(rawValue: "cannot check anonymity: \(error)"), sourceLocation: sourceLocation)
        return []
    }
}

/// Records an issue for every gold identifier that survives in the redacted corpus, and
/// for every gold document with no redacted counterpart (see
/// ``Anonymity/survivors(redacted:gold:)`` for how survival is decided). Issues name the
/// document id, label, gold offsets and visible character count — never corpus text.
///
/// ```swift
/// @Test func devCorpusLeaksNothing() async throws {
///     let gold = try Corpus(contentsOf: goldURL)
///     let results = try await redactor.redact(gold.documents.map(\.text))
///     let redacted = RedactedCorpus(documents: zip(gold.documents, results).map { .init(id: $0.id, text: $1.text) })
///     assertNoGoldIdentifierSurvives(redacted: redacted, gold: gold)
/// }
/// ```
///
/// - Returns: the report, for further checks.
@discardableResult
public func assertNoGoldIdentifierSurvives(redacted: RedactedCorpus, gold: Corpus,
                                           sourceLocation: SourceLocation = #_sourceLocation) -> SurvivalReport {
    let report = Anonymity.survivors(redacted: redacted, gold: gold)
    if !report.isClean {
        Issue.record(Comment(rawValue: "gold identifiers survive redaction: \(report)"), sourceLocation: sourceLocation)
    }
    return report
}

/// Reads a redacted JSONL corpus (`{"id", "text"}` lines, e.g. `redact --jsonl` output)
/// and its gold corpus, then records an issue for every gold identifier that survives.
///
/// ```swift
/// assertNoGoldIdentifierSurvives(redacted: URL(fileURLWithPath: "out.jsonl"),
///                                gold: URL(fileURLWithPath: "Fixtures/corpus/dev-a.jsonl"))
/// ```
///
/// - Returns: the report, or nil when a file could not be read (recorded as an issue,
///   naming the file and line only).
@discardableResult
public func assertNoGoldIdentifierSurvives(redacted: URL, gold: URL,
                                           sourceLocation: SourceLocation = #_sourceLocation) -> SurvivalReport? {
    do throws(CorpusError) {
        let goldCorpus = try Corpus(contentsOf: gold)
        let redactedCorpus: RedactedCorpus
        do throws(CorpusError) {
            redactedCorpus = try RedactedCorpus(contentsOf: redacted)
        } catch {
            Issue.record(Comment(rawValue: "cannot read redacted corpus \(redacted.path): \(error)"), sourceLocation: sourceLocation)
            return nil
        }
        return assertNoGoldIdentifierSurvives(redacted: redactedCorpus, gold: goldCorpus, sourceLocation: sourceLocation)
    } catch {
        Issue.record(Comment(rawValue: "cannot read gold corpus \(gold.path): \(error)"), sourceLocation: sourceLocation)
        return nil
    }
}
