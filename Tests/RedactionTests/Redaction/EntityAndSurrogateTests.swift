import Foundation
import Testing
@testable import Redaction

/// Numbered tags follow entities; surrogates keep formats; dates keep their intervals.
struct EntityAndSurrogateTests {
    @Test func numberedTagsFollowPossessivesAndSingleWordMentions() throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered])
        let input = "Whitfield arrived. Dana Whitfield met Tom Okafor. Whitfield’s report named Okafor's car; DANA WHITFIELD left. Dana stayed."
        let output = try redactor.redact(input).text
        #expect(output == "[PERSON-1] arrived. [PERSON-1] met [PERSON-2]. [PERSON-1]’s report named [PERSON-2]'s car; [PERSON-1] left. [PERSON-1] stayed.")
    }

    @Test func singleWordJoinsTheMostRecentMatchingEntity() throws {
        let redactor = try RedactionFixtures.redactor([.person: .numbered])
        let output = try redactor.redact("Dana Whitfield and Marcus Whitfield. Whitfield spoke. Dana Whitfield replied; Whitfield nodded.").text
        #expect(output == "[PERSON-1] and [PERSON-2]. [PERSON-2] spoke. [PERSON-1] replied; [PERSON-1] nodded.")
    }

    @Test func entityAssignmentGroupsMentions() {
        let mentions = ["Dana Whitfield", "Whitfield's", "Okafor", "whitfield", "Tom Okafor"].map { Mention(label: .person, raw: $0) }
        let entities = EntityAssignment(mentions)
        #expect(entities.number == [1, 1, 2, 1, 2])
        #expect(entities.role == [nil, 1, 1, 1, nil])
        #expect(mentions[1].suffix == "'s" && mentions[1].core == "Whitfield")
    }

    @Test func personSurrogatesKeepShapeAndConsistency() throws {
        let redactor = try RedactionFixtures.redactor([.person: .surrogate])
        let input = "Dana Whitfield met Tom Okafor. Whitfield's car; DANA WHITFIELD; Okafor; Dana."
        let result = try redactor.redact(input)
        let replacements = result.audit.changes.map { $0.replacement ?? "" }
        try #require(replacements.count == 6)
        let full = replacements[0].split(separator: " ").map(String.init)
        #expect(full.count == 2)
        #expect(Surrogates.givenNames.contains(full[0]) && Surrogates.surnames.contains(full[1]))
        #expect(full != ["Dana", "Whitfield"])
        #expect(replacements[2] == full[1] + "'s")
        #expect(replacements[3] == replacements[0].uppercased())
        #expect(replacements[4] == String(replacements[1].split(separator: " ")[1]))
        #expect(replacements[5] == full[0])
        #expect(replacements[0] != replacements[1])
        for name in ["Dana", "Whitfield", "Okafor", "Tom"] { #expect(!result.text.contains(name)) }
    }

    @Test func phoneSurrogatesKeepPunctuationAndUseFictitiousNumbers() throws {
        let redactor = try RedactionFixtures.redactor([.phone: .surrogate])
        let result = try redactor.redact("A (602) 555-0143, B 480.555.0199, C 602-555-0143.")
        let replacements = result.audit.changes.map { $0.replacement ?? "" }
        #expect(replacements.count == 3)
        #expect(replacements[0].wholeMatch(of: /\([2-9][0-9]{2}\) 555-01[0-9]{2}/) != nil)
        #expect(replacements[1].wholeMatch(of: /[2-9][0-9]{2}\.555\.01[0-9]{2}/) != nil)
        #expect(replacements[2].wholeMatch(of: /[2-9][0-9]{2}-555-01[0-9]{2}/) != nil)
        // The same number keeps the same digits whatever its punctuation.
        #expect(replacements[0].filter(\.isNumber) == replacements[2].filter(\.isNumber))
        #expect(replacements[0].filter(\.isNumber) != replacements[1].filter(\.isNumber))
    }

    @Test func identifierSurrogatesReplaceDigitForDigitAndLetterForLetter() throws {
        let redactor = try RedactionFixtures.redactor(default: .surrogate)
        let result = try redactor.redact("badge 4471, plate KJX-2291, badge 4471, mail ab@cd.org")
        let byLabel = Dictionary(grouping: result.audit.changes, by: \.label)
        let badges = try #require(byLabel[.badge]).map { $0.replacement ?? "" }
        #expect(badges.count == 2 && badges[0] == badges[1])
        #expect(badges[0].wholeMatch(of: /[0-9]{4}/) != nil && badges[0] != "4471")
        let plate = try #require(byLabel[.plate]?.first?.replacement)
        #expect(plate.wholeMatch(of: /[A-Z]{3}-[0-9]{4}/) != nil && plate != "KJX-2291")
        let mail = try #require(byLabel[.email]?.first?.replacement)
        #expect(mail.wholeMatch(of: /[a-z]{2}@[a-z]{2}\.[a-z]{3}/) != nil && mail != "ab@cd.org")
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        let input: String
        let days: Int
        let expected: String?
        var testDescription: String { "\(input) \(days)" }
    }

    static let dates: [DateCase] = [
        DateCase(input: "2024-03-14", days: 1, expected: "2024-03-15"),
        DateCase(input: "03/14/24", days: 18, expected: "04/01/24"),
        DateCase(input: "3/14/2024", days: -14, expected: "2/29/2024"),
        DateCase(input: "14.03.2024", days: 1, expected: "15.03.2024"),
        DateCase(input: "12/31/1999", days: 1, expected: "1/1/2000"),
        DateCase(input: "March 31st, 2024", days: 1, expected: "April 1st, 2024"),
        DateCase(input: "Mar. 3, 2024", days: -3, expected: "Feb. 29, 2024"),
        DateCase(input: "Tuesday, March 12, 2024", days: 1, expected: "Wednesday, March 13, 2024"),
        DateCase(input: "12 DEC 2023", days: 20, expected: "1 JAN 2024"),
        DateCase(input: "the 2nd of June", days: 1, expected: nil),
        DateCase(input: "2nd of June", days: 1, expected: "3rd of June"),
        DateCase(input: "Sept 30", days: 1, expected: "Oct 1"),
        DateCase(input: "last spring", days: 1, expected: nil),
        DateCase(input: "2/30/2024", days: 1, expected: nil),
        DateCase(input: "Monday, March 12", days: 1, expected: nil),
    ]

    @Test(arguments: dates)
    func dateShiftFormats(_ c: DateCase) {
        #expect(DateShift.shift(c.input, days: c.days) == c.expected)
    }

    @Test func dateShiftPreservesIntervalsAcrossFormats() throws {
        let redactor = try RedactionFixtures.redactor([.date: .surrogate])
        let result = try redactor.redact("First 3/14/2024, then March 20, 2024, then 2024-04-01.")
        let shifted = result.audit.changes.map { $0.replacement ?? "" }
        #expect(shifted.count == 3)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        func parse(_ string: String, _ format: String) throws -> Date {
            formatter.dateFormat = format
            return try #require(formatter.date(from: string))
        }
        let a = try parse(shifted[0], "M/d/yyyy")
        let b = try parse(shifted[1], "MMMM d, yyyy")
        let c = try parse(shifted[2], "yyyy-MM-dd")
        #expect(b.timeIntervalSince(a) == 6 * 86_400)
        #expect(c.timeIntervalSince(a) == 18 * 86_400)
        let original = try parse("3/14/2024", "M/d/yyyy")
        let shift = a.timeIntervalSince(original) / 86_400
        #expect(shift != 0 && abs(shift) <= 365)
        // The same key shifts another document by the same number of days.
        let other = try redactor.redact("Later 3/14/2024.")
        #expect(other.audit.changes.first?.replacement == shifted[0])
    }

    @Test func pseudonymsAreStableForOneKeyAndDifferForAnother() throws {
        let first = try RedactionFixtures.redactor(default: .pseudonym)
        let again = try RedactionFixtures.redactor(default: .pseudonym)
        let other = try RedactionFixtures.redactor(default: .pseudonym, key: RedactionFixtures.otherKey)
        let a = try first.redact("Dana Whitfield called 602-555-0143.").text
        let b = try again.redact("Later, DANA WHITFIELD called (602) 555-0143 again.").text
        let c = try other.redact("Dana Whitfield called 602-555-0143.").text
        let pattern = /(PERSON|PHONE)-[0-9a-f]{6}/
        let pa = a.matches(of: pattern).map { String($0.output.0) }
        let pb = b.matches(of: pattern).map { String($0.output.0) }
        let pc = c.matches(of: pattern).map { String($0.output.0) }
        #expect(pa.count == 2)
        #expect(pa == pb)
        #expect(pa[0] != pc[0] && pa[1] != pc[1])
    }

    @Test func randomKeysDifferPerInstance() throws {
        let a = try RedactionFixtures.redactor(default: .pseudonym, key: nil)
        let b = try RedactionFixtures.redactor(default: .pseudonym, key: nil)
        #expect(try a.redact("Dana Whitfield").text == a.redact("Dana Whitfield").text)
        #expect(try a.redact("Dana Whitfield").text != b.redact("Dana Whitfield").text)
    }
}
