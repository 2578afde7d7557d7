import ArgumentParser
import Redaction

/// `redact`: the command-line front end. Parses arguments and does I/O; all logic is in
/// the `Redaction` library.
@main
struct RedactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Remove identifying information from near-miss narratives.",
        subcommands: [RedactFilesCommand.self, ScanCommand.self, EvalCommand.self, ApplyCommand.self, PredictCommand.self],
        defaultSubcommand: RedactFilesCommand.self
    )
}
