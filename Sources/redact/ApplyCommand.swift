import ArgumentParser
import Redaction

/// Placeholder until the command lands.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apply", abstract: "Not yet implemented.")
    func run() async throws { throw ExitCode(2) }
}
