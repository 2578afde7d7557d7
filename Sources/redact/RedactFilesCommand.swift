import ArgumentParser
import Redaction

/// Placeholder until the command lands.
struct RedactFilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "files", abstract: "Not yet implemented.")
    func run() async throws { throw ExitCode(2) }
}
