public import Foundation
public import Redaction

/// The checks behind the assertions of `RedactionTesting`, as plain functions that return
/// what they found, for callers that want to inspect it rather than fail a test.
///
/// ```swift
/// let redactor = try Redactor()
/// let redacted = try redactor.redact(narrative).text
/// let remaining = try Anonymity.identifiers(in: redacted, redactor: redactor)
/// #expect(remaining.isEmpty, "\(remaining)")
/// ```
public enum Anonymity {
    /// The key of ``defaultRedactor()``: fixed, so reports are stable between runs. It is
    /// a test key; never use it to redact real data.
    public static let testKey = Data("RedactionTesting-default-key-0001".utf8)

    /// The redactor the assertions use when none is given: the bundled rules and gazetteer,
    /// every label, the ``testKey``. Built once per process.
    ///
    /// ```swift
    /// let redactor = try Anonymity.defaultRedactor()
    /// ```
    ///
    /// - Throws: the `RedactionError` that building it raised (every call throws it again).
    public static func defaultRedactor() throws(RedactionError) -> Redactor {
        try shared.get()
    }

    private static let shared: Result<Redactor, RedactionError> = {
        do throws(RedactionError) {
            return .success(try Redactor(configuration: RedactorConfiguration(key: testKey)))
        } catch {
            return .failure(error)
        }
    }()

    /// Every identifier that `redactor` would still redact in `text`, with the labels
    /// restricted to `labels` when given (`UNANALYSED` regions are always reported: text
    /// that could not be analysed is not known to be anonymous).
    ///
    /// Redaction tags the library writes (`[PERSON]`, `[PERSON-2]`) are not identifiers, so
    /// the output of a tagging redactor passes.
    ///
    /// ```swift
    /// let remaining = try Anonymity.identifiers(in: "Call 602-555-0143 now.", labels: [.phone])
    /// remaining.map(\.label) // [.phone]
    /// ```
    ///
    /// - Parameters:
    ///   - text: the text that should be anonymous.
    ///   - labels: the labels to look for (nil: every label the redactor redacts).
    ///   - redactor: the redactor whose detection decides (nil: ``defaultRedactor()``).
    /// - Returns: the identifiers in text order; empty when `text` is anonymous.
    /// - Throws: `RedactionError` when the redactor cannot be built or detection fails.
    public static func identifiers(in text: String, labels: Set<Label>? = nil,
                                   redactor: Redactor? = nil) throws(RedactionError) -> [RemainingIdentifier] {
        let detecting: Redactor
        if let redactor {
            detecting = redactor
        } else {
            detecting = try defaultRedactor()
        }
        let findings = try detecting.scan(text).filter { finding in
            finding.label == .unanalysed || labels.map { $0.contains(finding.label) } ?? true
        }
        let positions = ScalarPositions(text)
        return findings.map { finding in
            let start = positions.position(utf8: finding.range.lowerBound)
            let end = positions.position(utf8: finding.range.upperBound)
            return RemainingIdentifier(label: finding.label, rule: finding.rule, detector: finding.detector, score: finding.score,
                                       line: start.line, column: start.column, unicodeScalars: start.scalar..<end.scalar,
                                       utf8: finding.range)
        }
    }

    /// The message the assertions record for identifiers found: a count, then one line per
    /// identifier (label, rule, score, masked position). Never the identifiers' text.
    ///
    /// ```swift
    /// let message = Anonymity.message(for: remaining)
    /// // "text is not anonymous: 1 identifier found\n  PHONE (rule phone.nanp, score 0.95) at line 1, column 6, 12 characters"
    /// ```
    public static func message(for remaining: [RemainingIdentifier]) -> String {
        let count = remaining.count == 1 ? "1 identifier" : "\(remaining.count) identifiers"
        return (["text is not anonymous: \(count) found"] + remaining.map { "  \($0)" }).joined(separator: "\n")
    }
}

/// Maps UTF-8 offsets of a string to Unicode-scalar offsets and 1-based line and column.
struct ScalarPositions {
    /// For each scalar, its UTF-8 offset; plus the total length at the end.
    private var utf8Starts: [Int] = []
    /// For each scalar, its 1-based line and column.
    private var lines: [(line: Int, column: Int)] = []

    init(_ string: String) {
        var offset = 0
        var line = 1
        var column = 1
        for scalar in string.unicodeScalars {
            utf8Starts.append(offset)
            lines.append((line, column))
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        utf8Starts.append(offset)
        lines.append((line, column))
    }

    /// The scalar index, line and column at UTF-8 `offset` (the scalar containing it when
    /// it is not on a boundary).
    func position(utf8 offset: Int) -> (scalar: Int, line: Int, column: Int) {
        var low = 0
        var high = utf8Starts.count - 1
        while low < high {  // last index whose start is <= offset
            let mid = (low + high + 1) / 2
            if utf8Starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low, lines[low].line, lines[low].column)
    }

    /// Line and column of scalar index `scalar`.
    func lineColumn(scalar: Int) -> (line: Int, column: Int) {
        lines[min(max(0, scalar), lines.count - 1)]
    }
}
