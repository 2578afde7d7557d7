import Foundation

/// What each regex rule costs: thread CPU time per rule, measured inside the rule loop.
///
/// Not part of the supported API; the benchmark imports it with `@_spi(Benchmarks)`
/// (`redact-throughput --per-rule`). Timing one rule inside the real loop, with every other
/// rule running, is steadier on a noisy machine than scanning once per rule left out.
@_spi(Benchmarks)
extension DetectionEngine {
    /// One rule's total cost over the texts given to ``ruleCosts(_:)``.
    public struct RuleCost: Sendable, Hashable {
        /// The rule's id.
        public let rule: String
        /// Thread CPU nanoseconds the rule spent (trigger windows and matching).
        public let nanoseconds: Int
    }

    /// Scans every text as ``scan(_:)-(Text)`` does and returns the CPU time each regex
    /// rule took, most expensive first.
    public func ruleCosts(_ texts: [Text]) throws(DetectionError) -> [RuleCost] {
        guard let rules = detectors.lazy.compactMap({ $0 as? RuleDetector }).first?.rules else { return [] }
        var costs: [Int]? = [Int](repeating: 0, count: rules.count)
        for text in texts {
            let shadow: ShadowText?
            do {
                shadow = try ShadowText(normalising: text)
            } catch {
                throw .text(error)
            }
            _ = try scanExact(shadow?.text ?? text, ruleCosts: &costs)
        }
        // Reading the thread clock is a system call here; take its own cost (two readings
        // per rule and document) out of every rule's total.
        let overhead = Self.clockPairNanoseconds * texts.count
        return zip(rules, costs ?? []).map { RuleCost(rule: $0.0.rule.id, nanoseconds: max(0, $0.1 - overhead)) }
            .sorted { $0.nanoseconds > $1.nanoseconds }
    }

    /// What two readings of the thread clock cost, the median of 101 rounds of 100, measured
    /// once per process (about 10 ms).
    private static let clockPairNanoseconds: Int = {
        var rounds: [Int] = []
        for _ in 0..<101 {
            let started = threadCPUNanoseconds()
            var sink = 0
            for _ in 0..<100 {
                let a = threadCPUNanoseconds()
                sink &+= threadCPUNanoseconds() - a
            }
            rounds.append((threadCPUNanoseconds() - started) / 100 + (sink & 0))
        }
        return rounds.sorted()[rounds.count / 2]
    }()
}

/// The calling thread's CPU time in nanoseconds (what a rule costs, not what the machine's
/// other work costs while it runs). Not part of the supported API; the benchmark times its
/// one-core runs with it too.
@_spi(Benchmarks)
public func threadCPUNanoseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return now.tv_sec * 1_000_000_000 + now.tv_nsec
}
