import Testing
@testable import Redaction

/// The overlap policy: longest wins, then score, then label priority; losers keep what
/// no winner covers; person parts joined by quotes merge.
struct ResolutionTests {
    private func finding(_ label: Label, _ range: Range<Int>, _ score: Double, rule: String = "t") -> Finding {
        Finding(label: label, range: range, score: score, detector: "test", rule: rule)
    }

    @Test func longerSpanWinsAndNameInsideAddressStaysAddress() throws {
        let text = try Text("at 1423 Lincoln Avenue today")
        let address = finding(.location, 3..<22, 0.8)
        let name = finding(.person, 8..<15, 0.95)
        let resolved = Resolution.resolve([name, address], text: text, threshold: 0.5)
        #expect(resolved == [address])
    }

    @Test func equalSpansGoToHigherScoreThenLabelPriority() throws {
        let text = try Text("call 2203140571 now")
        let phone = finding(.phone, 5..<15, 0.7)
        let id = finding(.id, 5..<15, 0.9)
        #expect(Resolution.resolve([phone, id], text: text, threshold: 0.5) == [id])
        let tiedID = finding(.id, 5..<15, 0.7)
        #expect(Resolution.resolve([tiedID, phone], text: text, threshold: 0.5) == [phone])
    }

    @Test func loserKeepsUncoveredPartButNotStrayFragments() throws {
        let text = try Text("Whitfield's car")
        let name = finding(.person, 0..<9, 0.9)
        let longer = finding(.location, 0..<11, 0.6)
        // The longer span wins whole; nothing else remains.
        #expect(Resolution.resolve([name, longer], text: text, threshold: 0.5).map(\.range) == [0..<11])
        // A partial overlap keeps the uncovered remainder of the loser.
        let a = finding(.date, 0..<6, 0.9)
        let b = finding(.time, 4..<9, 0.9)
        let resolved = Resolution.resolve([a, b], text: text, threshold: 0.5)
        #expect(resolved.map(\.range) == [0..<6, 6..<9])
    }

    @Test func belowThresholdIsDropped() throws {
        let text = try Text("maybe a name")
        #expect(Resolution.resolve([finding(.person, 0..<5, 0.3)], text: text, threshold: 0.5).isEmpty)
    }

    @Test func unanalysedWinsOverEverything() throws {
        let text = try Text("aaaa 602-555-0143 bbbb")
        let fail = finding(.unanalysed, 0..<10, 1)
        let phone = finding(.phone, 5..<17, 0.99)
        let resolved = Resolution.resolve([phone, fail], text: text, threshold: 0.5)
        #expect(resolved.first?.label == .unanalysed && resolved.first?.range == 0..<10)
        #expect(resolved.last?.range == 10..<17)
    }

    @Test func quotedNicknameJoinsTheName() throws {
        let text = try Text("Rigoberto \"Beto\" Salinas")
        let parts = [finding(.person, 0..<9, 0.9), finding(.person, 11..<15, 0.9), finding(.person, 17..<24, 0.9)]
        #expect(Resolution.resolve(parts, text: text, threshold: 0.5).map(\.range) == [0..<24])
    }

    @Test func resultsAreSortedAndDisjoint() throws {
        let text = try DetectionSupport.engine.scan(
            "On 3/14/19 Deputy Dana Whitfield (badge 4471) stopped a car at 1423 W. Oak St. and called 602-555-0143.")
        for (a, b) in zip(text, text.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
    }
}
