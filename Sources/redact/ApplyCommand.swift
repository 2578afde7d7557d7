import ArgumentParser
import Foundation
import Redaction

/// `redact apply --audit FILE ORIGINAL`: re-applies a reviewed audit to the original.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Re-apply a (reviewed) audit to the original text.",
        discussion: """
            Give the same --key-file, --operator, --labels and --rules as the run that made \
            the audit. Every change's fingerprint is checked against the original, so an audit \
            for another document fails (exit 2) instead of leaking.
            Exit codes: 0 success, 1 usage error, 2 input or processing error.
            """
    )

    @Argument(help: ArgumentHelp("The original text ('-' for standard input).", valueName: "ORIGINAL"))
    var original: String

    @Option(help: ArgumentHelp("The audit (JSON) to apply.", valueName: "FILE"))
    var audit: String

    @OptionGroup var options: RedactOptions

    @Option(help: ArgumentHelp("Write the final text here instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("updated-audit"), help: ArgumentHelp("Write the audit of the final text here.", valueName: "FILE"))
    var updatedAudit: String?

    func run() async throws {
        try await CommandFailure.reporting {
            let sources = Set([original, audit].filter { $0 != "-" }.map(Output.canonical))
            if [output, updatedAudit].compactMap({ $0 }).contains(where: { sources.contains(Output.canonical($0)) }) {
                throw CommandFailure.usage("refusing to overwrite an input")
            }
            if original == "-", audit == "-" { throw CommandFailure.usage("only one of ORIGINAL and --audit can be standard input") }
            guard options.keyFile != nil else { throw CommandFailure.usage("apply needs the --key-file the audit was made with") }
            let redactor = try options.redactor()
            let auditData = try CommandFailure.reading(audit)
            let decoded: RedactionAudit
            do {
                decoded = try JSONDecoder().decode(RedactionAudit.self, from: auditData)
            } catch {
                throw CommandFailure.input("\(audit): not a valid audit")
            }
            let bytes = try CommandFailure.reading(original)
            let result = try redactor.apply(audit: decoded, toBytes: bytes)
            try Output.write(Data(result.text.utf8), to: output)
            if let updatedAudit { try Output.write(try Output.json(result.audit), to: updatedAudit) }
        }
    }
}
