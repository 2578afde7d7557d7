import ArgumentParser
import Redaction

/// Placeholder until the command lands.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scan", abstract: "Not yet implemented.")
    func run() async throws { throw ExitCode(2) }
}
