import Testing
@testable import Redaction

/// Guards found in review: bad configurations are rejected at load time, trigger windows
/// never start inside a character, title look-back is bounded, and UNANALYSED regions
/// survive any threshold.
struct ConfigurationGuardTests {
    @Test func tooManyCaptureGroupsAreRejected() {
        let pattern = String(repeating: "(a)", count: 70)
        let pack = RulePack(name: "groups", version: "1", rules: [Rule(id: "groups.many", label: .id, pattern: pattern, score: 0.9)])
        #expect {
            _ = try DetectionEngine(options: DetectionOptions(extraRulePacks: [pack]))
        } throws: { error in
            guard case DetectionError.configuration(.invalidRule(let rule, _)) = error else { return false }
            return rule == "groups.many"
        }
    }

    @Test(arguments: [-1, 5000])
    func unreasonableTriggerWindowsAreRejected(_ before: Int) {
        let rule = Rule(id: "window.bad", label: .id, pattern: "[0-9]+", score: 0.9, trigger: Rule.Trigger(digits: true, before: before))
        #expect(throws: DetectionError.self) {
            _ = try DetectionEngine(options: DetectionOptions(extraRulePacks: [RulePack(name: "w", version: "1", rules: [rule])]))
        }
    }

    @Test(arguments: [1.5, -0.1, Double.nan, Double.infinity])
    func thresholdMustBeAProbability(_ threshold: Double) {
        #expect(throws: DetectionError.self) {
            _ = try DetectionEngine(options: DetectionOptions(threshold: threshold))
        }
    }

    @Test func unanalysedRegionsSurviveAnyThreshold() throws {
        let text = try Text("aaaa bbbb")
        let region = Finding(label: .unanalysed, range: 0..<9, score: 0.2, detector: "failsafe", rule: "r")
        #expect(Resolution.resolve([region], text: text, threshold: 0.99) == [region])
    }

    @Test func triggerWindowsStartOnCharacterBoundaries() throws {
        // "é" is two bytes; a window of 2 bytes before the digits lands inside it unless
        // the start is moved back to the character boundary.
        let rule = Rule(id: "window.accent", label: .id, pattern: #"\p{L}+ ?[0-9]{4}"#, score: 0.9,
                        trigger: Rule.Trigger(digits: true, before: 2))
        let engine = try DetectionEngine(options: DetectionOptions(extraRulePacks: [RulePack(name: "w", version: "1", rules: [rule])]))
        for input in ["José 1234", "é1234", "日本1234", "👮🏽 1234"] {
            let text = try Text(input)
            for finding in try engine.scan(text) {
                _ = try text.offsets.convert(finding.range, from: .utf8, to: .unicodeScalars)
            }
        }
    }

    @Test func longRunsOfInitialsStayLinear() throws {
        // Each initial looks back for a title; the look-back is bounded, so this neither
        // recurses deeply nor takes quadratic time.
        let input = String(repeating: "A. ", count: 20_000) + "Smith"
        let findings = try DetectionSupport.engine.scan(input)
        #expect(findings.allSatisfy { $0.range.upperBound <= input.utf8.count })
    }
}
