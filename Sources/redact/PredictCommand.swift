import ArgumentParser
import Foundation
import Redaction

/// Hidden developer command: reads gold JSONL and writes predicted spans (Unicode-scalar
/// offsets) per line, for quick scoring while detection is tuned.
struct PredictCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_predict", abstract: "Write predicted spans for a JSONL corpus.", shouldDisplay: false)

    @Argument(help: "JSONL files with id and text.")
    var files: [String]

    func run() async throws {
        let engine = try DetectionEngine()
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let id = object["id"] as? String, let string = object["text"] as? String else { continue }
                let text = try Text(string)
                let spans = try engine.scan(text).map { finding -> [String: Any] in
                    let range = try! text.offsets.convert(finding.range, from: .utf8, to: .unicodeScalars)
                    return ["start": range.lowerBound, "end": range.upperBound, "label": finding.label.rawValue, "rule": finding.rule, "score": finding.score]
                }
                let out = try JSONSerialization.data(withJSONObject: ["id": id, "spans": spans], options: [.sortedKeys])
                FileHandle.standardOutput.write(out + Data([0x0A]))
            }
        }
    }
}
