public import Redaction
import XCTest

/// XCTest flavour of ``expectAnonymous(_:labels:redactor:sourceLocation:)``: fails the
/// current test when `text` still contains an identifier, listing the label, rule, score
/// and masked position of each — never the identifier's text.
///
/// ```swift
/// final class PublishingTests: XCTestCase {
///     func testSummaryIsAnonymous() throws {
///         let redacted = try Redactor().redact(narrative).text
///         XCTAssertAnonymous(redacted)
///         XCTAssertAnonymous(redacted, labels: [.person, .phone], "names and phones")
///     }
/// }
/// ```
///
/// - Parameters:
///   - text: text that should be anonymous (an error thrown here fails the test).
///   - labels: the labels to look for (nil: every label the redactor redacts).
///   - redactor: the redactor whose detection decides (nil: ``Anonymity/defaultRedactor()``).
///   - message: added to the failure message.
///   - file: the file the failure is reported in (the caller's, by default).
///   - line: the line the failure is reported at (the caller's, by default).
public func XCTAssertAnonymous(_ text: @autoclosure () throws -> String, labels: Set<Label>? = nil, redactor: Redactor? = nil,
                               _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    let prefix = message().isEmpty ? "" : "\(message()): "
    do {
        let remaining = try Anonymity.identifiers(in: try text(), labels: labels, redactor: redactor)
        if !remaining.isEmpty {
            XCTFail("XCTAssertAnonymous failed: \(prefix)\(Anonymity.message(for: remaining))", file: file, line: line)
        }
    } catch {
        XCTFail("XCTAssertAnonymous failed: \(prefix)cannot check anonymity: \(error)", file: file, line: line)
    }
}

/// XCTest flavour of ``assertNoGoldIdentifierSurvives(redacted:gold:sourceLocation:)-(RedactedCorpus,_,_)``:
/// fails the current test for every gold identifier that survives in the redacted corpus
/// and every gold document without a redacted counterpart. Never quotes corpus text.
///
/// ```swift
/// XCTAssertNoGoldIdentifierSurvives(redacted: try RedactedCorpus(contentsOf: outputURL),
///                                   gold: try Corpus(contentsOf: goldURL))
/// ```
public func XCTAssertNoGoldIdentifierSurvives(redacted: RedactedCorpus, gold: Corpus, _ message: @autoclosure () -> String = "",
                                              file: StaticString = #filePath, line: UInt = #line) {
    let report = Anonymity.survivors(redacted: redacted, gold: gold)
    if !report.isClean {
        let prefix = message().isEmpty ? "" : "\(message()): "
        XCTFail("XCTAssertNoGoldIdentifierSurvives failed: \(prefix)\(report)", file: file, line: line)
    }
}
