import ArgumentParser
import Foundation
import Redaction

/// `redact [FILE…|-]`: redacts files or standard input (the default subcommand).
struct RedactFilesCommand: AsyncParsableCommand {
    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "files",
        abstract: "Redact files or standard input (the default subcommand).",
        discussion: """
            Writes the redacted text to standard output, to --output FILE, to --output-dir DIR \
            (one file per input, with NAME.audit.json beside it) or over the input with --in-place. \
            Outputs are written atomically. --jsonl FILE|- redacts JSON Lines {"id","text"} into \
            {"id","text","audit"} lines.
            Exit codes: 0 success, 1 usage error, 2 input or processing error.
            """
    )

    @Argument(help: ArgumentHelp("Files to redact; '-' or none reads standard input.", valueName: "FILE"))
    var files: [String] = []

    @OptionGroup var options: RedactOptions

    @Option(help: ArgumentHelp("Write the redacted text here (one input only).", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write each input's redacted text and NAME.audit.json into this directory.", valueName: "DIR"))
    var outputDir: String?

    @Option(help: ArgumentHelp("Write the audit (JSON) here (one input only).", valueName: "FILE"))
    var audit: String?

    @Option(help: "Output format: text, or json ({\"text\", \"audit\"}).")
    var format: Format = .text

    @Flag(name: .customLong("in-place"), help: "Replace each input file with its redacted text.")
    var inPlace = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (recorded in the audit) instead of failing.")
    var lossy = false

    @Option(help: ArgumentHelp("Batch mode: redact JSON Lines of {\"id\",\"text\"} from FILE or '-'.", valueName: "FILE|-"))
    var jsonl: String?

    @Option(help: "Documents redacted in parallel (default: every core).")
    var jobs: Int?

    func run() async throws {
        try await CommandFailure.reporting {
            try validateArguments()
            let redactor = try options.redactor()
            if options.keyFile == nil, audit != nil || outputDir != nil || jsonl != nil {
                Output.error("warning: no --key-file; the audit can only be checked against this run's random key and cannot be re-applied")
            }
            if let jsonl {
                try await runJSONL(jsonl, redactor: redactor)
            } else {
                try redactFiles(redactor: redactor)
            }
        }
    }

    private var inputs: [String] { files.isEmpty ? ["-"] : files }

    private func validateArguments() throws {
        if let jobs, jobs < 1 { throw CommandFailure.usage("--jobs must be at least 1") }
        if outputDir != nil, output != nil { throw CommandFailure.usage("--output and --output-dir are exclusive") }
        if jsonl != nil {
            guard files.isEmpty, outputDir == nil, audit == nil, !inPlace else {
                throw CommandFailure.usage("--jsonl takes no FILE arguments and no --output-dir, --audit or --in-place (audits are in each line)")
            }
            return
        }
        if jobs != nil { throw CommandFailure.usage("--jobs applies to --jsonl only") }
        if inPlace {
            guard output == nil, outputDir == nil else { throw CommandFailure.usage("--in-place writes over the inputs; drop --output/--output-dir") }
            guard !inputs.contains("-") else { throw CommandFailure.usage("--in-place needs FILE arguments, not standard input") }
            guard format == .text else { throw CommandFailure.usage("--in-place writes text; drop --format json") }
        }
        if inputs.count > 1, output != nil || audit != nil {
            throw CommandFailure.usage("--output and --audit take one input; use --output-dir for several")
        }
        if outputDir != nil, inputs.contains("-") { throw CommandFailure.usage("--output-dir needs FILE arguments, not standard input") }
        if !inPlace {
            let sources = Set(inputs.filter { $0 != "-" }.map(Output.canonical))
            var targets = [output, audit].compactMap { $0 }
            if let outputDir {
                for input in inputs {
                    let name = URL(fileURLWithPath: input).lastPathComponent
                    targets.append(outputDir + "/" + name)
                    targets.append(outputDir + "/" + name + ".audit.json")
                }
            }
            if targets.contains(where: { sources.contains(Output.canonical($0)) }) {
                throw CommandFailure.usage("refusing to overwrite an input; use --in-place to do that")
            }
        }
    }

    private func redactFiles(redactor: Redactor) throws {
        if let outputDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outputDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure.input("no such directory: \(outputDir)")
            }
        }
        for input in inputs {
            let bytes = try CommandFailure.reading(input)
            let result: RedactionResult
            do {
                result = try redactor.redact(bytes: bytes, lossy: lossy)
            } catch {
                let name = input == "-" ? "standard input" : input
                throw CommandFailure.input("\(name): \(error.description)")
            }
            let body = format == .json ? try Output.json(result) : Data(result.text.utf8)
            if inPlace {
                try Output.write(body, to: input, permissionsFrom: input)
            } else if let outputDir {
                let name = URL(fileURLWithPath: input).lastPathComponent
                try Output.write(body, to: outputDir + "/" + name)
                try Output.write(try Output.json(result.audit), to: outputDir + "/" + name + ".audit.json")
            } else {
                try Output.write(body, to: output)
            }
            if let audit { try Output.write(try Output.json(result.audit), to: audit) }
        }
    }

    private func runJSONL(_ path: String, redactor: Redactor) async throws {
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else { throw CommandFailure.input("cannot read \(path)") }
            handle = opened
        }
        let batch = JSONLBatch(redactor: redactor, jobs: jobs, lossy: lossy)
        let showProgress = Output.stderrIsTerminal
        let progress: ((Int) -> Void)? = showProgress ? { count in
            FileHandle.standardError.write(Data("\rredact: \(count) records".utf8))
        } : nil
        let writer = try output.map { try AtomicFileWriter(destination: URL(fileURLWithPath: $0)) }
        let count = try await batch.run(reading: handle, write: { data in
            if let writer { try writer.write(data) } else { try Output.standardOutput(data) }
        }, progress: progress)
        try writer?.commit()
        if showProgress { FileHandle.standardError.write(Data("\rredact: \(count) records done\n".utf8)) }
    }
}
