import Testing
@testable import Redaction

/// Loading the bundled lists and looking up single and multi-token entries.
struct GazetteerTests {
    static let gazetteer: Gazetteer = try! Gazetteer.bundled()

    @Test(arguments: [
        ("Whitfield", GazetteerFlags.surname),
        ("dana", .firstName),
        ("JOSÉ", .firstName),
        ("Arizona", .usState),
        ("maricopa county", .county),
        ("los angeles", .usPlace),
        ("San Luis Obispo", .usPlace),
        ("St. Louis", .usPlace),
        ("Terry v. Ohio", .allowLegal),
        ("Glock", .allowWeapon),
        ("avenue", .streetSuffix),
        ("window", .englishWord),
    ])
    func knownEntries(_ phrase: String, _ flag: GazetteerFlags) {
        #expect(Self.gazetteer.flags(of: phrase).contains(flag))
    }

    @Test func longestMatchPrefersMoreTokens() throws {
        let text = try Text("near San Luis Obispo today")
        let start = try #require(text.tokens.firstIndex { text.slice($0.range) == "San" })
        let match = try #require(Self.gazetteer.longestMatch(in: text, from: start, wanted: .place))
        let last = text.tokens[match.end - 1]
        #expect(text.slice(last.range) == "Obispo")
    }

    @Test func matchesNeverCrossLines() throws {
        let text = try Text("San\nLuis Obispo")
        let match = Self.gazetteer.longestMatch(in: text, from: 0, wanted: .usPlace)
        #expect(match.map { text.tokens[$0.end - 1].end } != text.tokens.last?.end)
    }

    @Test func callerAllowListIsAdded() throws {
        let custom = try Gazetteer.bundled(extraAllowList: ["Marigold Tactical"])
        #expect(custom.flags(of: "marigold tactical").contains(.allowCaller))
        #expect(!Self.gazetteer.flags(of: "marigold tactical").contains(.allowCaller))
    }
}
