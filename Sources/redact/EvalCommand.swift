import ArgumentParser
import Redaction

/// Placeholder until the command lands.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Not yet implemented.")
    func run() async throws { throw ExitCode(2) }
}
