import Testing
@_spi(Benchmarks) @testable import Redaction

/// The per-rule profile the benchmark prints (`redact-throughput --per-rule`).
struct RuleCostsTests {
    @Test func everyRuleOnceMostExpensiveFirst() throws {
        let engine = try DetectionEngine()
        let texts = try [
            "Deputy Dana Whitfield (badge 4471) stopped a car at 1423 W. Oak St. on 3/14/19 at 0230 hours.",
            "Call me at 602-555-0143; the Mesa Police Department case is 19-004471.",
        ].map { try Text($0) }
        let costs = try engine.ruleCosts(texts)
        let ids = try RulePack.bundled().flatMap { $0.rules.map(\.id) }
        #expect(costs.map(\.rule).sorted() == ids.sorted())
        #expect(costs.allSatisfy { $0.nanoseconds >= 0 })
        #expect(zip(costs, costs.dropFirst()).allSatisfy { $0.nanoseconds >= $1.nanoseconds })
    }

    @Test func noRulesNoCosts() throws {
        var options = DetectionOptions()
        options.disabledDetectors = [.rules]
        #expect(try DetectionEngine(options: options).ruleCosts([Text("Officer Lee")]).isEmpty)
    }
}
