import Testing
@testable import Redaction

/// The normalised shadow and its offset map, independent of any detector.
struct ShadowTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let original: String
        let shadow: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "zero-width space in a number", original: "602\u{200B}555-0143", shadow: "602555-0143"),
        Case(name: "zero-width joiner, word joiner, BOM in a word", original: "Jo\u{200D}hn\u{2060}so\u{FEFF}n", shadow: "Johnson"),
        Case(name: "soft hyphen", original: "Whit\u{AD}field", shadow: "Whitfield"),
        Case(name: "full-width digits and hyphen", original: "６０２－５５５－０１４３", shadow: "602-555-0143"),
        Case(name: "Arabic-Indic digits", original: "٦٠٢-٥٥٥-٠١٤٣", shadow: "602-555-0143"),
        Case(name: "Devanagari digits", original: "६०२ ५५५ ०१४३", shadow: "602 555 0143"),
        Case(name: "Cyrillic o in a Latin word", original: "Officer J\u{43E}hnson", shadow: "Officer Johnson"),
        Case(name: "Greek capital omicron", original: "\u{39F}kafor", shadow: "Okafor"),
        Case(name: "all-Cyrillic word stays", original: "Борис Jоhn", shadow: "Борис John"),
        Case(name: "no-break, thin and figure spaces", original: "602\u{A0}555\u{2009}01\u{2007}43", shadow: "602 555 01 43"),
        Case(name: "en dash between digits", original: "602\u{2013}555\u{2013}0143", shadow: "602-555-0143"),
        Case(name: "non-breaking hyphen and minus", original: "602\u{2011}555\u{2212}0143", shadow: "602-555-0143"),
        Case(name: "spaced digits", original: "call 6 0 2 5 5 5 0 1 4 3 now", shadow: "call 6025550143 now"),
        Case(name: "digit words", original: "call six oh two five five five zero one four three now",
             shadow: "call 6025550143 now"),
        Case(name: "digit words with commas and hyphens", original: "Six-Oh-Two, five five five, zero one four three",
             shadow: "6025550143"),
        Case(name: "full-width letters", original: "Ｊｏｈｎｓｏｎ", shadow: "Johnson"),
        Case(name: "zero-width space between a word and a number", original: "call\u{200B}602", shadow: "call 602"),
        Case(name: "zero-width space between two names", original: "Dana\u{200B}Whitfield", shadow: "Dana Whitfield"),
        Case(name: "bidi override", original: "\u{202E}602-555-0143\u{202C}", shadow: "602-555-0143"),
        Case(name: "digit words with a tens word", original: "cell seven seventy three five five five oh one six six",
             shadow: "cell 7735550166"),
        Case(name: "OCR letters in a date", original: "on O4/l7/2O23 at Ol45", shadow: "on 04/17/2023 at 0145"),
        Case(name: "OCR letters in a phone", original: "(77O) 555-Ol3l", shadow: "(770) 555-0131"),
        Case(name: "OCR digits in names", original: "Ofc. Wi1son of Ha11 C0unty", shadow: "Ofc. Wilson of Hall County"),
        Case(name: "OCR zero leading a word", original: "0fficer 1ooked", shadow: "Officer looked"),
        Case(name: "OCR zeros in capitals", original: "C0LUMBUS, 0HI0 P0LICE", shadow: "COLUMBUS, OHIO POLICE"),
        Case(name: "number broken over a line", original: "call 313-555-\n0129", shadow: "call 313-555-0129"),
        Case(name: "word broken over a line", original: "Tho-\nmas and Okafor-\n Reyes", shadow: "Thomas and Okafor-Reyes"),
        Case(name: "typographic apostrophes and quotes", original: "New Year\u{2019}s Eve, \u{201C}Beto\u{201D} O\u{2019}Brien",
             shadow: "New Year's Eve, \"Beto\" O'Brien"),
        Case(name: "Windows line ends", original: "Dante\r\nWheeler left.\r\n", shadow: "Dante\nWheeler left.\n"),
        Case(name: "hard-wrapped prose",
             original: "This one still bugs me. I work patrol for the Hillsborough County Sheriff's\nOffice, and on a Sunday we got a call to the house.",
             shadow: "This one still bugs me. I work patrol for the Hillsborough County Sheriff's Office, and on a Sunday we got a call to the house."),
        Case(name: "hard-wrapped prose before a typographic quote",
             original: "We talked to him for a long time on the porch that night, all of us\n\u{201C}Stop right there,\u{201D} he said.",
             shadow: "We talked to him for a long time on the porch that night, all of us \"Stop right there,\" he said."),
    ]

    /// Breaks that are not a wrap of prose stay: a short line, a heading or log in capitals,
    /// a form field or speaker, a blank line, an address block's short lines.
    @Test(arguments: [
        "The address of the caller is 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677",
        "Address: 7734 Old Highway 61 N, Lot 22, Robinsonville, MS 38664\nArresting officer: Dep. C. White",
        "VESSEL STOP, 24 FT CENTER CONSOLE, FL REG FL 4471 KR, OCEANSIDE OF CHANNEL\nFIVE BRIDGE, ISLAMORADA",
        "We talked to him for a long time on the porch that night, all of us.\n\nLater the sergeant came.",
        "We talked to him for a long time on the porch that night, all of us.\n- Wait for backup.",
        // A bullet or a dash is a list item's, not a letter of wrapped prose.
        "We talked to him for a long time on the porch that night, all of us.\n\u{2022} Wait for backup before you go in.",
        "We talked to him for a long time on the porch that night, all of us.\n\u{2013} Wait for backup before you go in.",
        "Short line\nanother short line that is not prose at all",
        "The first speaker said something long enough to wrap the whole line\nJohn: You saved my life!",
    ])
    func keepsBreaksThatAreNotWraps(_ sample: String) throws {
        let shadow = try ShadowText(normalising: sample)
        #expect(shadow == nil || shadow!.string.filter { $0 == "\n" }.count == sample.filter { $0 == "\n" }.count, "\(shadow?.string ?? "")")
    }

    @Test(arguments: cases)
    func normalises(_ sample: Case) throws {
        let shadow = try #require(try ShadowText(normalising: sample.original))
        #expect(shadow.string == sample.shadow)
        #expect(shadow.text.utf8.count <= sample.original.utf8.count)
    }

    @Test(arguments: ["", "Deputy Dana Whitfield (badge 4471) called 602-555-0143.", "Café José\u{301} 👮🏽 東京 محمد",
                      "one two three four five six", "1 2 3 4 5 6", "north\u{2013}south, then \u{2014} nothing",
                      "the 1st and 10th, 1min, K9 and 2K41, ABC1001, 10lbs", "plate KDW000 and unit 3A20, car AB10", "a well-\n\nknown end-\n"])
    func plainTextHasNoShadow(_ sample: String) throws {
        #expect(try ShadowText(normalising: sample) == nil)
    }

    @Test(arguments: cases)
    func shadowRangesMapToOriginalBoundaries(_ sample: Case) throws {
        let original = try Text(sample.original)
        let shadow = try #require(try ShadowText(normalising: original))
        let boundaries = Self.boundaries(shadow.text.utf8)
        let originalBoundaries = Set(Self.boundaries(original.utf8))
        var previous = 0..<0
        for (i, lower) in boundaries.enumerated() {
            for upper in boundaries[(i + 1)...] {
                let range = shadow.originalRange(ofShadow: lower..<upper)
                #expect(range.lowerBound >= 0 && range.upperBound <= original.utf8.count)
                #expect(!range.isEmpty)
                #expect(originalBoundaries.contains(range.lowerBound))
                #expect(originalBoundaries.contains(range.upperBound))
                // Monotone: a range that starts later or ends later maps no earlier.
                if upper == lower + 1, i > 0 {
                    #expect(range.lowerBound >= previous.lowerBound)
                }
                if upper == lower + 1 { previous = range }
            }
        }
        // The whole shadow maps to the whole original (invisible edges included).
        let whole = shadow.originalRange(ofShadow: 0..<shadow.text.utf8.count)
        #expect(whole == 0..<original.utf8.count)
    }

    @Test func mapsSpansExactly() throws {
        // "Call 602<ZWSP>555-0143." — the phone in the shadow is bytes 5..<16.
        let shadow = try #require(try ShadowText(normalising: "Call 602\u{200B}555-0143."))
        #expect(shadow.string == "Call 602555-0143.")
        #expect(shadow.originalRange(ofShadow: 5..<16) == 5..<19)
        #expect(shadow.originalRange(ofShadow: 0..<4) == 0..<4)
        #expect(shadow.originalRange(ofShadow: 16..<17) == 19..<20)
        // A span ending right before the hidden character takes it along.
        #expect(shadow.originalRange(ofShadow: 5..<8) == 5..<11)
        // Full-width: each 3-byte digit is one shadow byte.
        let wide = try #require(try ShadowText(normalising: "a ６０２ b"))
        #expect(wide.string == "a 602 b")
        #expect(wide.originalRange(ofShadow: 2..<5) == 2..<11)
        #expect(wide.originalRange(ofShadow: 3..<4) == 5..<8)
        #expect(wide.originalRange(ofShadow: 6..<7) == 12..<13)
    }

    @Test func completesEdgesOverCombiningMarksAndInvisibles() throws {
        let text = try Text("Jose\u{301}\u{200B} ok")
        let finding = Finding(label: .person, range: 0..<4, score: 1, detector: "test", rule: "test")
        let completed = ShadowText.completingEdges([finding], in: text)
        #expect(completed.map(\.range) == [0..<9])
    }

    @Test func widenedFindingsStayDisjoint() throws {
        let shadow = try #require(try ShadowText(normalising: "ab\u{200B}\u{200B}cd"))
        // Shadow "abcd"; two adjacent findings both border the hidden characters.
        let findings = [Finding(label: .person, range: 0..<2, score: 1, detector: "t", rule: "t"),
                        Finding(label: .person, range: 2..<4, score: 1, detector: "t", rule: "t")]
        let mapped = shadow.originalFindings(findings)
        #expect(mapped.map(\.range) == [0..<8, 8..<10])
    }

    static func boundaries(_ bytes: [UInt8]) -> [Int] {
        (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
    }
}

