import Foundation
import Testing
@testable import Redaction

/// Identifiers disguised with invisible, look-alike or spelled-out characters are still
/// redacted — the whole original span, hidden characters included — by the bundled
/// detectors through ``Redactor/redact(_:)``; identifier-free text with the same
/// artefacts is left alone.
struct DisguiseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let before: String
        let identifier: String
        let after: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "zero-width space in a phone", before: "She said to call 602", identifier: "602\u{200B}555-0143", after: " after six.")
            .dropBefore("602"),
        Case(name: "full-width phone", before: "She said to call ", identifier: "６０２-５５５-０１４３", after: " after six."),
        Case(name: "full-width hyphens too", before: "She said to call ", identifier: "６０２－５５５－０１４３", after: " after six."),
        Case(name: "Arabic-Indic digits", before: "She said to call ", identifier: "٦٠٢-٥٥٥-٠١٤٣", after: " after six."),
        Case(name: "Devanagari digits", before: "She said to call ", identifier: "६०२-५५५-०१४३", after: " after six."),
        Case(name: "Cyrillic o after Officer", before: "Officer ", identifier: "J\u{43E}hnson", after: " stopped the car at the light."),
        Case(name: "Greek capital omicron in a surname", before: "Deputy ", identifier: "\u{39F}kafor", after: " stopped the car at the light."),
        Case(name: "NFD accent", before: "Officer ", identifier: "Jose\u{301} Martinez", after: " stopped the car at the light."),
        Case(name: "no-break space in a phone", before: "She said to call ", identifier: "602\u{A0}555\u{A0}0143", after: " after six."),
        Case(name: "thin and figure spaces in a phone", before: "She said to call ", identifier: "602\u{2009}555\u{2007}0143", after: " after six."),
        Case(name: "narrow no-break space", before: "She said to call ", identifier: "(602)\u{202F}555-0143", after: " after six."),
        Case(name: "soft hyphen in a phone", before: "She said to call ", identifier: "602-555\u{AD}-0143", after: " after six."),
        Case(name: "soft hyphen in a name", before: "Officer ", identifier: "John\u{AD}son", after: " stopped the car at the light."),
        Case(name: "en dash in a phone", before: "She said to call ", identifier: "602\u{2013}555\u{2013}0143", after: " after six."),
        Case(name: "non-breaking hyphen in a phone", before: "She said to call ", identifier: "602\u{2011}555\u{2011}0143", after: " after six."),
        Case(name: "minus sign in an SSN", before: "His SSN is ", identifier: "123\u{2212}45\u{2212}6789", after: " on file."),
        Case(name: "spaced digits", before: "She said to call ", identifier: "6 0 2 5 5 5 0 1 4 3", after: " after six."),
        Case(name: "digit words", before: "She said to call ", identifier: "six oh two five five five zero one four three", after: " after dinner."),
        Case(name: "full-width letters", before: "Officer ", identifier: "Ｊｏｈｎｓｏｎ", after: " stopped the car at the light."),
        Case(name: "zero-width joiner inside a name", before: "Officer ", identifier: "John\u{200D}son", after: " stopped the car at the light."),
        Case(name: "word joiner and BOM in an email", before: "Mail ", identifier: "dana.whit\u{2060}field@exam\u{FEFF}ple.org", after: " today."),
        Case(name: "bidi controls around a phone", before: "She said to call ", identifier: "\u{202E}602-555-0143\u{202C}", after: " after six."),
    ]

    static let redactor: Redactor = {
        do {
            return try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.key))
        } catch {
            fatalError("redactor: \(error)")
        }
    }()

    @Test(arguments: cases)
    func originalSpanIsRedactedCompletely(_ sample: Case) throws {
        let input = sample.before + sample.identifier + sample.after
        let start = sample.before.utf8.count
        let identifier = start..<start + sample.identifier.utf8.count
        let result = try Self.redactor.redact(input)
        let covered = result.audit.changes.filter { $0.status == .applied }.compactMap(\.input.utf8)
        for offset in identifier {
            #expect(covered.contains { $0.contains(offset) }, "byte \(offset) of the identifier survives")
        }
        // No scalar of the identifier that is not elsewhere in the input reaches the output.
        let context = Set((sample.before + sample.after).unicodeScalars)
        for scalar in sample.identifier.unicodeScalars where !context.contains(scalar) && !scalar.properties.isWhitespace {
            #expect(!result.text.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) survives")
        }
        // The text around the identifier is untouched.
        #expect(result.text.hasSuffix(sample.after))
    }

    /// Identifier-free sentences carrying the same artefacts.
    static let clean: [String] = [
        "The car\u{A0}was parked\u{2009}near the\u{200B}corner and nobody\u{AD}was hurt.",
        "We waited for ten\u{2013}fifteen minutes\u{2014}maybe more\u{2014}before backup came.",
        "The suspect ran north\u{2011}east, then doubled back past the gas station.",
        "Ｔｈｅ ｄｏｏｒ was open and the lights were off.",
        "The temperature was \u{2212}5 and the road was icy.",
        "I counted one, two, three shots, then it was quiet.",
        "Steps 1 2 3 were done in order.",
        "The lights were on\u{202E} and the engine\u{202C} was running.",
        "The word was spelled \u{43E}dd on the form.",
        "We checked ２ houses in the morning after ３ calls.",
        "\u{FEFF}The scene was secure when we arrived.",
    ]

    @Test(arguments: clean)
    func identifierFreeTextWithArtefactsIsLeftAlone(_ sample: String) throws {
        let result = try Self.redactor.redact(sample)
        #expect(result.audit.changes.isEmpty)
        #expect(result.text == sample)
    }

    /// Findings on the shadow are reported as original spans by the engine itself.
    @Test func engineReportsOriginalSpans() throws {
        let input = "Call 602\u{200B}555-0143 now."
        let findings = try Self.redactor.scan(input)
        #expect(findings.map(\.range) == [5..<19])
        #expect(findings.map(\.label) == [.phone])
    }
}

extension DisguiseTests.Case {
    /// The same case with `prefix` removed from the end of `before` (keeps the table readable).
    func dropBefore(_ prefix: String) -> DisguiseTests.Case {
        guard before.hasSuffix(prefix) else { return self }
        return DisguiseTests.Case(name: name, before: String(before.dropLast(prefix.count)), identifier: identifier, after: after)
    }
}
