import Foundation
import Redaction
import RedactionTesting
import XCTest

/// The XCTest flavour: `XCTAssertAnonymous` passes on redacted text and fails, without the
/// identifier's text, when one remains.
final class XCTAnonymityTests: XCTestCase {
    /// Failures recorded while `capturing` is set, instead of failing the test.
    private var captured: [String] = []
    private var capturing = false

    override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
        if capturing {
            captured.append(description)
        } else {
            super.recordFailure(withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
        }
    }

    private func failures(_ body: () -> Void) -> [String] {
        capturing = true
        captured = []
        body()
        capturing = false
        return captured
    }

    func testRedactedTextPasses() throws {
        let redactor = try Anonymity.defaultRedactor()
        let redacted = try redactor.redact("Deputy Dana Whitfield called me at 602-555-0143.").text
        XCTAssertAnonymous(redacted, redactor: redactor)
        XCTAssertEqual(failures { XCTAssertAnonymous(redacted, redactor: redactor) }, [])
    }

    func testRemainingIdentifierFailsWithoutItsText() {
        let found = failures { XCTAssertAnonymous("Deputy Dana Whitfield called me at 602-555-0143.", labels: [.phone], "intake form") }
        XCTAssertEqual(found.count, 1)
        let message = found.first ?? ""
        XCTAssertTrue(message.contains("XCTAssertAnonymous failed: intake form: text is not anonymous: 1 identifier found"), message)
        XCTAssertTrue(message.contains("PHONE (rule"), message)
        XCTAssertFalse(message.contains("555"), message)
    }

    func testSurvivingGoldIdentifierFails() {
        let gold = Corpus(name: "tiny", documents: [
            GoldDocument(id: "x", text: "Sgt. Okafor waited.", spans: [GoldSpan(start: 5, end: 11, label: .person)]),
        ])
        XCTAssertNoGoldIdentifierSurvives(redacted: RedactedCorpus(documents: [.init(id: "x", text: "Sgt. [PERSON] waited.")]), gold: gold)
        let found = failures {
            XCTAssertNoGoldIdentifierSurvives(redacted: RedactedCorpus(documents: [.init(id: "x", text: "Sgt. Okafor waited.")]), gold: gold)
        }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.contains("x: PERSON at scalars 5..<11 (line 1, column 6): 6 of 6 characters visible") ?? false)
        XCTAssertFalse(found.first?.contains("Okafor") ?? true)
    }
}
