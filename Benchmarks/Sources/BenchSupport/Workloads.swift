import Foundation
import Redaction

/// The workloads every benchmark uses, built from the development narratives
/// (`Fixtures/corpus/dev-a.jsonl`, `dev-b.jsonl`) so that speed is measured on the same
/// text quality is.
public enum Workloads {
    /// The repository root: `REDACT_ROOT` when set, else found from this file's path.
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["REDACT_ROOT"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // Benchmarks/Sources/BenchSupport/Workloads.swift → repository root.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// The corpora scored by `redact eval`, relative to the root.
    public static let corpusPaths = [
        "Fixtures/corpus/dev-a.jsonl", "Fixtures/corpus/dev-b.jsonl",
        "Fixtures/corpus/traps-a.jsonl", "Fixtures/corpus/traps-b.jsonl",
        "Fixtures/corpus/external/presidio-synth.jsonl",
        "Fixtures/corpus/external/presidio-recognizer-cases.jsonl",
    ]

    /// The `text` field of every line of a JSONL file.
    public static func texts(ofJSONL relativePath: String) -> [String] {
        let url = root.appendingPathComponent(relativePath)
        guard let data = try? Data(contentsOf: url) else {
            fatalError("cannot read \(url.path); set REDACT_ROOT to the repository root")
        }
        var result: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            result.append(text)
        }
        return result
    }

    /// The 100 development narratives (dev-a then dev-b), 146 KB of UTF-8.
    public static let narratives: [String] =
        texts(ofJSONL: "Fixtures/corpus/dev-a.jsonl") + texts(ofJSONL: "Fixtures/corpus/dev-b.jsonl")

    /// The development narrative whose UTF-8 size is closest to 2 KB.
    public static let narrative2KB: String = narratives.min {
        abs($0.utf8.count - 2_048) < abs($1.utf8.count - 2_048)
    }!

    /// One document of at least `bytes` UTF-8 bytes: the development narratives
    /// concatenated, separated by a blank line, repeated as needed.
    public static func concatenated(bytes: Int) -> String {
        var parts: [String] = []
        var size = 0
        var index = 0
        while size < bytes {
            let next = narratives[index % narratives.count]
            parts.append(next)
            size += next.utf8.count + 2
            index += 1
        }
        return parts.joined(separator: "\n\n")
    }

    /// A ~1 MB narrative (≥ 1,000,000 bytes).
    public static let narrative1MB: String = concatenated(bytes: 1_000_000)

    /// 1,000 narratives: the development narratives cycled.
    public static let batch1000: [String] = (0..<1_000).map { narratives[$0 % narratives.count] }

    /// UTF-8 size of a batch.
    public static func bytes(_ documents: [String]) -> Int {
        documents.reduce(0) { $0 + $1.utf8.count }
    }

    /// Rule ids of the bundled packs.
    public static let bundledRuleIDs: [String] = {
        ((try? RulePack.bundled()) ?? []).flatMap { $0.rules.map(\.id) }
    }()

    /// Rule families, by id prefix (the part before the first `.`), in the order of the pack.
    public static let ruleFamilies: [String] = {
        var seen: [String] = []
        for id in bundledRuleIDs {
            let family = String(id.split(separator: ".", maxSplits: 1).first ?? Substring(id))
            if !seen.contains(family) { seen.append(family) }
        }
        return seen
    }()

    /// Detection options with every bundled rule switched off except those of `families`
    /// (the other detector families run as usual).
    public static func options(keepingRuleFamilies families: Set<String>) -> DetectionOptions {
        var options = DetectionOptions()
        options.disabledRules = Set(bundledRuleIDs.filter { id in
            let family = String(id.split(separator: ".", maxSplits: 1).first ?? Substring(id))
            return !families.contains(family)
        })
        return options
    }
}
