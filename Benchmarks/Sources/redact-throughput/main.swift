// redact-throughput: stage throughput of the library on one core and on all cores,
// start-up time and peak memory, printed as one JSON object (read by Scripts/bench).
//
//   redact-throughput [--mb 20] [--jobs N] [--stages tokenize,scan,...]
//
// Workload: the development narratives (Fixtures/corpus/dev-a.jsonl, dev-b.jsonl)
// repeated as separate documents until they reach --mb megabytes (10^6 bytes), plus the
// batch of 1,000 narratives. "All cores" splits the documents into one contiguous slice
// per job, each run by a task of a TaskGroup.
import BenchSupport
import Foundation
import Redaction
@_spi(Benchmarks) import Redaction
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var megabytes = 20.0
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var stages: Set<String> = ["icu", "families", "tokenize", "scan", "scan-e2e", "redact"]
    var startupRuns = 10
    var perRule = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--mb": megabytes = Double(iterator.next() ?? "") ?? megabytes
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--stages": stages = Set((iterator.next() ?? "").split(separator: ",").map(String.init))
            case "--startup-runs": startupRuns = Int(iterator.next() ?? "") ?? startupRuns
            case "--per-rule": perRule = true
            default:
                FileHandle.standardError.write(Data("usage: redact-throughput [--mb MB] [--jobs N] [--stages icu,families,tokenize,scan,scan-e2e,redact] [--startup-runs N] [--per-rule]\n".utf8))
                exit(1)
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// User + system CPU time of this process so far, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(numericCast(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

/// CPU time of the calling thread so far, in seconds: one-core runs are also timed by it,
/// which leaves out the time the thread waited for a core on a busy machine (the
/// `oneCoreCPU` figures; wall-clock `oneCore` stays the published one).
func threadCPUSeconds() -> Double { Double(threadCPUNanoseconds()) * 1e-9 }

/// Throughput by the calling thread's CPU time in the last one-core run, in MB/s.
nonisolated(unsafe) var lastOneCoreCPU = 0.0

/// CPU seconds per wall-clock second of the last all-cores run: how many cores the
/// machine actually granted (2.0 on an idle two-core machine).
nonisolated(unsafe) var lastCoresGranted = 0.0

/// Peak resident set size of this process so far, in bytes.
func peakRSS() -> Int {
    var usage = rusage()
    getrusage(numericCast(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
}

// MARK: Per-rule cost (--per-rule)

/// Scans the development narratives and prints what each regex rule costs in ms of thread
/// CPU time per MB (the least of 5 rounds per rule), most expensive first, next to the whole
/// scan's cost. The time is taken inside the rule loop with every rule running, so it is the
/// rule's own cost (trigger windows and JIT matching), steady on a noisy machine.
if options.perRule {
    let texts = Workloads.narratives.map { try! Text($0) }
    let megabytes = Double(Workloads.bytes(Workloads.narratives)) / 1e6
    let engine = try! DetectionEngine()
    var least: [String: Int] = [:]
    var scanLeast = Int.max
    for _ in 0..<5 {
        let started = threadCPUNanoseconds()
        for text in texts { _ = try! engine.scan(text) }
        scanLeast = min(scanLeast, threadCPUNanoseconds() - started)
        for cost in try! engine.ruleCosts(texts) { least[cost.rule] = min(least[cost.rule] ?? .max, cost.nanoseconds) }
    }
    let rows = least.sorted { $0.value > $1.value }
    let rulesTotal = rows.reduce(0) { $0 + $1.value }
    func msPerMB(_ nanoseconds: Int) -> Double { Double(nanoseconds) / 1e6 / megabytes }
    print(String(format: "scan: %.0f ms/MB of thread CPU (%.2f MB/s); regex rules timed in the loop, the clock's own cost taken out: %.0f ms/MB (%.0f %%), %d rules",
                 msPerMB(scanLeast), 1e3 / msPerMB(scanLeast), msPerMB(rulesTotal), 100 * Double(rulesTotal) / Double(scanLeast), rows.count))
    for (id, nanoseconds) in rows { print(String(format: "%8.1f ms/MB  %@", msPerMB(nanoseconds), id)) }
    exit(0)
}

// MARK: Start-up

let startupFirst: Double = {
    let start = clock.now
    _ = try! DetectionEngine()
    return seconds(start.duration(to: clock.now))
}()
var startupRuns: [Double] = []
for _ in 0..<options.startupRuns {
    let start = clock.now
    _ = try! DetectionEngine()
    startupRuns.append(seconds(start.duration(to: clock.now)))
}
startupRuns.sort()
let startupMedian = startupRuns.isEmpty ? startupFirst : startupRuns[startupRuns.count / 2]
let redactorStart = clock.now
let engine = try! DetectionEngine()
let redactor = try! Redactor(configuration: RedactorConfiguration(key: Data(repeating: 7, count: 32)))
let redactorInit = seconds(redactorStart.duration(to: clock.now))
log(String(format: "start-up: first DetectionEngine() %.1f ms, median of %d more %.1f ms; DetectionEngine + Redactor %.1f ms",
           startupFirst * 1e3, startupRuns.count, startupMedian * 1e3, redactorInit * 1e3))

// MARK: Workloads

let narratives = Workloads.narratives
let target = Int(options.megabytes * 1_000_000)
var documents: [String] = []
var totalBytes = 0
while totalBytes < target {
    let next = narratives[documents.count % narratives.count]
    documents.append(next)
    totalBytes += next.utf8.count
}
let batch = Workloads.batch1000
let batchBytes = Workloads.bytes(batch)
log("workload: \(documents.count) documents, \(totalBytes) bytes; batch: \(batch.count) documents, \(batchBytes) bytes; jobs: \(options.jobs)")

/// One stage applied to one document; returns a count so that the work is not optimised away.
typealias Stage = @Sendable (String) -> Int

let stages: [(String, Stage)] = [
    ("icu", { (try? ICUBaseline.wordBoundaries(in: $0)) ?? 0 }),
    ("tokenize", { (try? Text($0))?.tokens.count ?? 0 }),
    ("scan", { document in
        // Scan only: tokenization is done before the clock in `runScanOnly`.
        (try? engine.scan(document))?.count ?? 0
    }),
    ("scan-e2e", { (try? engine.scan($0))?.count ?? 0 }),
    ("redact", { (try? redactor.redact($0))?.audit.changes.count ?? 0 }),
]

/// Runs `stage` over `documents` sequentially; returns MB/s.
func runOneCore(_ documents: [String], bytes: Int, _ stage: Stage) -> Double {
    var sink = 0
    let start = clock.now
    let cpuStart = threadCPUSeconds()
    for document in documents { sink &+= stage(document) }
    let elapsed = seconds(start.duration(to: clock.now))
    lastOneCoreCPU = Double(bytes) / (threadCPUSeconds() - cpuStart) / 1e6
    if sink == -1 { log("") }
    return Double(bytes) / elapsed / 1e6
}

/// Runs `stage` over `documents` split into `jobs` slices, one task each; returns MB/s.
func runAllCores(_ documents: [String], bytes: Int, jobs: Int, _ stage: @escaping Stage) async -> Double {
    let start = clock.now
    let cpuStart = cpuSeconds()
    let slice = (documents.count + jobs - 1) / jobs
    let sink = await withTaskGroup(of: Int.self, returning: Int.self) { group in
        for job in 0..<jobs {
            let part = Array(documents[min(job * slice, documents.count)..<min((job + 1) * slice, documents.count)])
            group.addTask {
                var sink = 0
                for document in part { sink &+= stage(document) }
                return sink
            }
        }
        return await group.reduce(0, &+)
    }
    let elapsed = seconds(start.duration(to: clock.now))
    lastCoresGranted = (cpuSeconds() - cpuStart) / elapsed
    if sink == -1 { log("") }
    return Double(bytes) / elapsed / 1e6
}

/// The scan stage alone: tokens are built before the clock starts.
func runScanOnly(_ documents: [String], bytes: Int, jobs: Int) async -> (one: Double, all: Double) {
    // Tokenize each distinct narrative once and reuse (documents cycle the narratives).
    let texts = narratives.map { try! Text($0) }
    let count = documents.count
    func scanRange(_ range: Range<Int>) -> Int {
        var sink = 0
        for index in range { sink &+= (try? engine.scan(texts[index % texts.count]))?.count ?? 0 }
        return sink
    }
    var start = clock.now
    let threadStart = threadCPUSeconds()
    var sink = scanRange(0..<count)
    let one = Double(bytes) / seconds(start.duration(to: clock.now)) / 1e6
    lastOneCoreCPU = Double(bytes) / (threadCPUSeconds() - threadStart) / 1e6
    start = clock.now
    let cpuStart = cpuSeconds()
    let slice = (count + jobs - 1) / jobs
    sink &+= await withTaskGroup(of: Int.self, returning: Int.self) { group in
        for job in 0..<jobs {
            let range = min(job * slice, count)..<min((job + 1) * slice, count)
            group.addTask { scanRange(range) }
        }
        return await group.reduce(0, &+)
    }
    let wall = seconds(start.duration(to: clock.now))
    lastCoresGranted = (cpuSeconds() - cpuStart) / wall
    let all = Double(bytes) / wall / 1e6
    if sink == -1 { log("") }
    return (one, all)
}

var results: [String: Any] = [
    "jobs": options.jobs,
    "workloadBytes": totalBytes,
    "workloadDocuments": documents.count,
    "batchBytes": batchBytes,
    "startupFirstMs": startupFirst * 1e3,
    "startupMedianMs": startupMedian * 1e3,
    "engineAndRedactorInitMs": redactorInit * 1e3,
]
var stageResults: [String: [String: Double]] = [:]

for (name, stage) in stages where options.stages.contains(name) {
    let one: Double
    let all: Double
    if name == "scan" {
        (one, all) = await runScanOnly(documents, bytes: totalBytes, jobs: options.jobs)
    } else {
        one = runOneCore(documents, bytes: totalBytes, stage)
        all = await runAllCores(documents, bytes: totalBytes, jobs: options.jobs, stage)
    }
    let oneCPU = lastOneCoreCPU
    stageResults[name] = ["oneCore": one, "oneCoreCPU": oneCPU, "allCores": all, "coresGranted": lastCoresGranted]
    log(String(format: "%@: %.2f MB/s one core (%.2f by thread CPU time), %.2f MB/s %d jobs (×%.2f; CPU/wall %.2f)",
               name, one, oneCPU, all, options.jobs, all / one, lastCoresGranted))
}

// The batch of 1,000 narratives: one core, then the library's own `redact(_:) async`.
if options.stages.contains("redact") {
    let one = runOneCore(batch, bytes: batchBytes) { (try? redactor.redact($0))?.audit.changes.count ?? 0 }
    let start = clock.now
    let cpuStart = cpuSeconds()
    let redacted = try! await redactor.redact(batch, jobs: options.jobs)
    let wall = seconds(start.duration(to: clock.now))
    let all = Double(batchBytes) / wall / 1e6
    precondition(redacted.count == batch.count)
    stageResults["batch1000-redact"] = ["oneCore": one, "allCores": all, "coresGranted": (cpuSeconds() - cpuStart) / wall]
    log(String(format: "batch1000 redact: %.2f MB/s one core, %.2f MB/s Redactor.redact(_:jobs: %d) (×%.2f)", one, all, options.jobs, all / one))
}

results["stages"] = stageResults

// Each detector family alone (the others switched off), tokens given, one core, on the
// first 1 MB of the workload (kept small: the pre-built texts count in the peak RSS).
if options.stages.contains("families") {
    var familyResults: [String: Double] = [:]
    var subset: [Text] = []
    var subsetBytes = 0
    for document in documents where subsetBytes < 1_000_000 {
        subset.append(try! Text(document))
        subsetBytes += document.utf8.count
    }
    for family in DetectorFamily.allCases {
        var familyOptions = DetectionOptions()
        familyOptions.disabledDetectors = Set(DetectorFamily.allCases).subtracting([family])
        let familyEngine = try! DetectionEngine(options: familyOptions)
        var sink = 0
        let start = clock.now
        for text in subset { sink &+= (try? familyEngine.scan(text))?.count ?? 0 }
        let rate = Double(subsetBytes) / seconds(start.duration(to: clock.now)) / 1e6
        if sink == -1 { log("") }
        familyResults[family.rawValue] = rate
        log(String(format: "family %@ alone: %.2f MB/s one core (tokens given)", family.rawValue, rate))
    }
    results["families"] = familyResults
}
results["peakRSSBytes"] = peakRSS()
log("peak RSS: \(peakRSS() / 1_048_576) MiB")
let json = try! JSONSerialization.data(withJSONObject: results, options: [.sortedKeys, .prettyPrinted])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
