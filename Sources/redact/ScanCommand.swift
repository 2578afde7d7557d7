import ArgumentParser
import Foundation
import Redaction

/// `redact scan`: lists what detection finds, masked unless `--show`.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "List the identifiers found in narratives.",
        discussion: """
            Prints one line per finding: FILE:LINE:COLUMN (1-based; columns count \
            characters), label, rule, score, and the identifier masked as █████ \
            unless --show is given.

            --jsonl reads lines {"id","text"} and writes {"id","spans":[{"start","end",\
            "label","rule","score"}]} per line, offsets in Unicode scalars, end exclusive.
            --html writes one self-contained page with every finding highlighted by label \
            (masked unless --show; the rest of the text is shown as is).

            Exit status: 0 when nothing is found, 1 when something is, 2 on error.
            """
    )

    @OptionGroup var detection: SharedDetectionOptions
    @OptionGroup var reveal: SharedRevealOptions

    @Flag(name: .customLong("jsonl"), help: "Read JSON lines {\"id\",\"text\"} and write one JSON line of spans per input line.")
    var jsonl = false

    @Option(name: .customLong("html"), help: ArgumentHelp("Write a self-contained HTML page of the findings to this file (- for standard output).", valueName: "out.html"))
    var html: String?

    @Argument(help: ArgumentHelp("Files to scan; - or nothing reads standard input.", valueName: "file"))
    var inputs: [String] = []

    func validate() throws {
        if jsonl && html != nil { throw ValidationError("--jsonl and --html cannot be combined.") }
        if jsonl && inputs.count > 1 { throw ValidationError("--jsonl reads exactly one input (a file or -).") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() async throws {
        var found = false
        try SharedIO.guarded(command: "scan") {
            let engine = try detection.makeEngine()
            let paths = inputs.isEmpty ? ["-"] : inputs
            if jsonl {
                found = try ScanJSONL.run(path: paths[0], engine: engine)
                return
            }
            var documents: [ScanDocument] = []
            for path in paths {
                let string = try SharedIO.readText(path)
                let text: Text
                let findings: [Finding]
                do {
                    text = try Text(string)
                    findings = try engine.scan(text)
                } catch {
                    throw SharedFailure("\(SharedIO.displayName(path)): \(error)")
                }
                let document = ScanDocument(name: SharedIO.displayName(path), text: text, findings: findings)
                found = found || !findings.isEmpty
                if html == nil { SharedIO.write(ScanListing.render(document, show: reveal.show)) }
                documents.append(document)
            }
            if let html {
                let page = ScanHTML.page(documents, show: reveal.show)
                if html == "-" {
                    SharedIO.write(page)
                } else {
                    do {
                        try Data(page.utf8).write(to: URL(fileURLWithPath: html))
                    } catch {
                        throw SharedFailure("cannot write \(html)")
                    }
                }
            }
        }
        if found { throw ExitCode(1) }
    }
}
