import Foundation
import Testing
@testable import Redaction

/// One table per operator: what each label's text becomes.
struct OperatorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: Label
        let op: RedactionOperator
        let input: String
        let expected: String
        var testDescription: String { "\(label) \(op.rawValue): \(input)" }
    }

    static let exact: [Case] = [
        Case(label: .person, op: .tag, input: "Dana Whitfield called.", expected: "[PERSON] called."),
        Case(label: .person, op: .tag, input: "It was Whitfield's car.", expected: "It was [PERSON]'s car."),
        Case(label: .person, op: .numbered, input: "Dana Whitfield and Tom Okafor; Okafor.", expected: "[PERSON-1] and [PERSON-2]; [PERSON-2]."),
        Case(label: .person, op: .mask, input: "Dana Whitfield called.", expected: "█████ called."),
        Case(label: .phone, op: .tag, input: "Call 602-555-0143 now", expected: "Call [PHONE] now"),
        Case(label: .phone, op: .numbered, input: "602-555-0143, 480.555.0199, (602) 555-0143",
             expected: "[PHONE-1], [PHONE-2], [PHONE-1]"),
        Case(label: .phone, op: .mask, input: "Call 602-555-0143 now", expected: "Call █████ now"),
        Case(label: .badge, op: .tag, input: "Officer, badge 4471.", expected: "Officer, badge [BADGE]."),
        Case(label: .badge, op: .numbered, input: "badge 4471 then badge 5000 then badge #4471",
             expected: "badge [BADGE-1] then badge [BADGE-2] then badge #[BADGE-1]"),
        Case(label: .date, op: .tag, input: "On 3/14/2024 and March 20, 2024.", expected: "On [DATE] and [DATE]."),
        Case(label: .date, op: .numbered, input: "3/14/2024, 2024-03-14, 3/14/2024", expected: "[DATE-1], [DATE-2], [DATE-1]"),
        Case(label: .date, op: .surrogate, input: "It happened last spring.", expected: "It happened [DATE]."),
        Case(label: .plate, op: .tag, input: "plate KJX-2291", expected: "plate [PLATE]"),
        Case(label: .email, op: .mask, input: "mail a@b.org", expected: "mail █████"),
    ]

    @Test(arguments: exact)
    func exactOutput(_ c: Case) throws {
        let redactor = try RedactionFixtures.redactor([c.label: c.op])
        #expect(try redactor.redact(c.input).text == c.expected)
    }

    @Test func maskLengthAndCharacterAreConfigurable() throws {
        var configuration = RedactionFixtures.configuration(default: .mask)
        configuration.maskCharacter = "*"
        configuration.maskLength = 3
        let redactor = try Redactor(configuration: configuration)
        #expect(try redactor.redact("Dana Whitfield, 602-555-0143").text == "***, ***")
    }

    @Test func invalidConfigurationsAreRejected() {
        var short = RedactionFixtures.configuration()
        short.key = Data("short".utf8)
        #expect(throws: RedactionError.self) { try Redactor(configuration: short) }
        var mask = RedactionFixtures.configuration()
        mask.maskCharacter = "**"
        #expect(throws: RedactionError.self) { try Redactor(configuration: mask) }
        var length = RedactionFixtures.configuration()
        length.pseudonymLength = 2
        #expect(throws: RedactionError.self) { try Redactor(configuration: length) }
    }

    @Test(arguments: [Label.person, .phone, .badge, .plate, .email])
    func pseudonymShape(_ label: Label) throws {
        let redactor = try RedactionFixtures.redactor(default: .pseudonym)
        let result = try redactor.redact(RedactionFixtures.narrative)
        let changes = result.audit.changes.filter { $0.label == label }
        #expect(!changes.isEmpty)
        for change in changes {
            let replacement = try #require(change.replacement)
            let prefix = "\(label.rawValue)-"
            #expect(replacement.hasPrefix(prefix))
            let digest = replacement.dropFirst(prefix.count).prefix(6)
            #expect(digest.count == 6 && digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    @Test func labelsNotSelectedAreLeftAlone() throws {
        var configuration = RedactionFixtures.configuration()
        configuration.labels = [.phone]
        let redactor = try Redactor(configuration: configuration)
        #expect(try redactor.redact("Dana Whitfield: 602-555-0143").text == "Dana Whitfield: [PHONE]")
        #expect(try redactor.scan("Dana Whitfield: 602-555-0143").map(\.label) == [.phone])
    }

    @Test func configurationParsingHelpers() throws {
        let (label, op) = try RedactorConfiguration.parseOperatorAssignment("person=Numbered")
        #expect(label == .person && op == .numbered)
        #expect(throws: RedactionError.self) { try RedactorConfiguration.parseOperatorAssignment("PERSON") }
        #expect(throws: RedactionError.self) { try RedactorConfiguration.parseOperatorAssignment("PERSON=blur") }
        #expect(RedactorConfiguration.parseLabels("PERSON, date,,PHONE") == [.person, .date, .phone])
    }

    @Test func configurationRoundTripsThroughJSON() throws {
        var configuration = RedactionFixtures.configuration([.person: .numbered, .date: .surrogate], default: .mask)
        configuration.labels = [.person, .date]
        let data = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(RedactorConfiguration.self, from: data) == configuration)
        let minimal = try JSONDecoder().decode(RedactorConfiguration.self, from: Data(#"{"operators":{"person":"pseudonym"}}"#.utf8))
        #expect(minimal.operator(for: .person) == .pseudonym && minimal.operator(for: .phone) == .tag)
    }
}
