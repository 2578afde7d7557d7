import Benchmark
import BenchSupport
import Foundation
import Redaction

// Benchmark names carry no spaces: package-benchmark 1.38.1 writes a threshold file with
// spaces turned into `_` but looks it up under the name as given.
//
// Stages (tokenize, scan, scan with one rule family, redact + audit) on three workloads:
// one ~2 KB development narrative, a ~1 MB narrative (the development narratives
// concatenated) and a batch of 1,000 narratives. Deterministic metrics (allocations,
// instructions) are gated by `Thresholds/`; wall clock and throughput are reported.
//
//   swift package --package-path Benchmarks benchmark
//   swift package --package-path Benchmarks benchmark thresholds check
//   swift package --package-path Benchmarks --allow-writing-to-package-directory benchmark thresholds update

/// UTF-8 throughput of one benchmark run, in KB/s (package-benchmark's own `throughput` counts iterations).
let bytesPerSecond = BenchmarkMetric.custom("throughput (KB/s)", polarity: .prefersLarger, useScalingFactor: false)

let reportedMetrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .instructions, .peakMemoryResident, bytesPerSecond]

/// The gated metrics and their tolerance around `Thresholds/`: allocation counts are
/// nearly exact for a given input (tokenization's are small — 47 to 75 — and moved by 4
/// between runs, so it gets 10 %); instructions vary a little between runs.
func gate(mallocTolerance: Double = 5.0) -> [BenchmarkMetric: BenchmarkThresholds] {
    [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: mallocTolerance]),
     .instructions: BenchmarkThresholds(relative: [.p90: 5.0])]
}

func configuration(iterations: Int, seconds: Int) -> Benchmark.Configuration {
    .init(metrics: reportedMetrics, timeUnits: .automatic, warmupIterations: 1,
          maxDuration: .seconds(seconds), maxIterations: iterations, thresholds: gate())
}

/// Runs `body` over the benchmark's iterations and records UTF-8 throughput.
@inline(__always)
func measured(_ benchmark: Benchmark, bytes: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let start = clock.now
    for _ in benchmark.scaledIterations { try body() }
    let elapsed = start.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    if seconds > 0 {
        benchmark.measurement(bytesPerSecond, Int(Double(bytes * benchmark.scaledIterations.count) / seconds / 1_000))
    }
}

let benchmarks: @Sendable () -> Void = {
    let engine = try! DetectionEngine()
    let redactor = try! Redactor(configuration: RedactorConfiguration(key: Data(repeating: 7, count: 32)))

    let single: [(name: String, text: String, iterations: Int, seconds: Int)] = [
        ("2KB", Workloads.narrative2KB, 2_000, 2),
        ("1MB", Workloads.narrative1MB, 20, 5),
    ]

    for workload in single {
        let string = workload.text
        let bytes = string.utf8.count
        let text = try! Text(string)
        let config = configuration(iterations: workload.iterations, seconds: workload.seconds)

        var tokenizeConfig = config
        tokenizeConfig.thresholds = gate(mallocTolerance: 10.0)
        Benchmark("tokenize_\(workload.name)", configuration: tokenizeConfig) { benchmark in
            measured(benchmark, bytes: bytes) { blackHole(try! Text(string)) }
        }
        Benchmark("scan_tokens_given_\(workload.name)", configuration: config) { benchmark in
            measured(benchmark, bytes: bytes) { blackHole(try! engine.scan(text)) }
        }
        Benchmark("scan_end-to-end_\(workload.name)", configuration: config) { benchmark in
            measured(benchmark, bytes: bytes) { blackHole(try! engine.scan(string)) }
        }
        Benchmark("redact+audit_\(workload.name)", configuration: config) { benchmark in
            measured(benchmark, bytes: bytes) { blackHole(try! redactor.redact(string)) }
        }
    }

    // Detector families: each family alone (`disabledDetectors` switches the others off),
    // then "no rules" (every family but the regex rules) and "rules:X" (one regex rule
    // family added to them).
    let familyText2KB = try! Text(Workloads.narrative2KB)
    let familyText1MB = try! Text(Workloads.narrative1MB)
    var familyOptions: [(String, DetectionOptions)] = DetectorFamily.allCases.map { family in
        ("detector:\(family.rawValue)", DetectionOptions(disabledDetectors: Set(DetectorFamily.allCases).subtracting([family])))
    }
    familyOptions.append(("no_rules", Workloads.options(keepingRuleFamilies: [])))
    familyOptions += Workloads.ruleFamilies.map { ("rules:\($0)", Workloads.options(keepingRuleFamilies: [$0])) }
    for (name, options) in familyOptions {
        let familyEngine = try! DetectionEngine(options: options)
        for (size, text, iterations, seconds) in [("2KB", familyText2KB, 2_000, 1), ("1MB", familyText1MB, 10, 3)] {
            let bytes = text.utf8.count
            Benchmark("scan_\(name)_\(size)", configuration: configuration(iterations: iterations, seconds: seconds)) { benchmark in
                measured(benchmark, bytes: bytes) { blackHole(try! familyEngine.scan(text)) }
            }
        }
    }

    // The batch of 1,000 narratives, one core, then all cores (`Redactor.redact(_:) async`).
    let batch = Workloads.batch1000
    let batchBytes = Workloads.bytes(batch)
    let batchConfig = configuration(iterations: 5, seconds: 10)
    var tokenizeBatchConfig = batchConfig
    tokenizeBatchConfig.thresholds = gate(mallocTolerance: 10.0)
    Benchmark("tokenize_batch1000", configuration: tokenizeBatchConfig) { benchmark in
        measured(benchmark, bytes: batchBytes) { for document in batch { blackHole(try! Text(document)) } }
    }
    Benchmark("scan_end-to-end_batch1000", configuration: batchConfig) { benchmark in
        measured(benchmark, bytes: batchBytes) { for document in batch { blackHole(try! engine.scan(document)) } }
    }
    Benchmark("redact+audit_batch1000", configuration: batchConfig) { benchmark in
        measured(benchmark, bytes: batchBytes) { for document in batch { blackHole(try! redactor.redact(document)) } }
    }
    Benchmark("redact+audit_batch1000_all_cores", configuration: .init(
        metrics: reportedMetrics, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 5, thresholds: gate()
    )) { benchmark in
        let clock = ContinuousClock()
        let start = clock.now
        for _ in benchmark.scaledIterations { blackHole(try! await redactor.redact(batch)) }
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        benchmark.measurement(bytesPerSecond, Int(Double(batchBytes * benchmark.scaledIterations.count) / seconds / 1_000))
    }

    // Start-up: compile the rule packs and load the gazetteer.
    Benchmark("engine_init", configuration: configuration(iterations: 20, seconds: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! DetectionEngine()) }
    }
}
