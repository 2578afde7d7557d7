import Foundation
import Testing
@testable import Redaction

/// Switching detector families and non-regex rule ids off.
struct DetectorFamilyTests {
    static let sample = "Deputy Dana Whitfield drove to the Circle K on 3/14/19. Later whitfield called 602-555-0143."

    /// Which detectors produced findings, with the given families off.
    private func detectors(without families: Set<DetectorFamily>, rules: Set<String> = []) throws -> Set<String> {
        let engine = try DetectionEngine(options: DetectionOptions(disabledRules: rules, disabledDetectors: families))
        return Set(try engine.scan(Self.sample).map(\.detector))
    }

    @Test func everyFamilyRunsByDefault() throws {
        let found = try detectors(without: [])
        #expect(found.isSuperset(of: ["rules", "names", "gazetteer", "propagation"]))
    }

    @Test(arguments: [
        (DetectorFamily.rules, "rules"), (.names, "names"), (.places, "gazetteer"), (.propagation, "propagation"),
    ])
    func aDisabledFamilyFindsNothing(_ family: DetectorFamily, _ detector: String) throws {
        #expect(!(try detectors(without: [family])).contains(detector))
    }

    @Test func rulesAloneStillFindPhonesAndDates() throws {
        let engine = try DetectionEngine(options: DetectionOptions(disabledDetectors: Set(DetectorFamily.allCases).subtracting([.rules])))
        let labels = Set(try engine.scan(Self.sample).map(\.label))
        #expect(labels == [.date, .phone])
    }

    @Test func aNonRegexRuleIdIsDroppedBeforeLaterDetectors() throws {
        let engine = try DetectionEngine(options: DetectionOptions(disabledRules: ["gazetteer:businesses", "propagation.person"]))
        let found = try engine.scan(Self.sample)
        #expect(!found.contains { $0.rule == "gazetteer:businesses" || $0.rule == "propagation.person" })
        #expect(found.contains { $0.label == .person })
    }

    @Test func familiesRoundTripThroughJSON() throws {
        let options = DetectionOptions(disabledDetectors: [.names, .allowList])
        let data = try JSONEncoder().encode(options)
        #expect(String(decoding: data, as: UTF8.self).contains("allow-list"))
        #expect(try JSONDecoder().decode(DetectionOptions.self, from: data) == options)
        #expect(try JSONDecoder().decode(DetectionOptions.self, from: Data("{}".utf8)).disabledDetectors.isEmpty)
    }
}
