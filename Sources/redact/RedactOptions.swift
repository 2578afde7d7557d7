import ArgumentParser
import Foundation
import Redaction

/// Options shared by `redact` and `redact apply`: they make up the redactor's configuration,
/// so an audit is re-applied with the same ones it was made with.
struct RedactOptions: ParsableArguments {
    @Option(name: .customLong("operator"), help: ArgumentHelp("Operator for a label: LABEL=OP with OP in tag|numbered|mask|surrogate|pseudonym (repeatable).", valueName: "LABEL=OP"))
    var operators: [String] = []

    @Option(help: ArgumentHelp("Only redact these labels, comma-separated (UNANALYSED regions are always redacted).", valueName: "PERSON,DATE,…"))
    var labels: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("An extra rule pack (JSON), after the bundled ones (repeatable).", valueName: "FILE"))
    var rulePacks: [String] = []

    @Option(name: .customLong("key-file"), help: ArgumentHelp("HMAC key file (at least 16 bytes; one trailing newline is ignored). Without it a random key is used and audits cannot be re-applied.", valueName: "FILE"))
    var keyFile: String?

    @Flag(name: .customLong("include-original-text"), help: "Quote the original text of each change in the audit (off by default).")
    var includeOriginalText = false

    /// The configuration these options describe.
    func configuration() throws -> RedactorConfiguration {
        var configuration = RedactorConfiguration()
        for assignment in operators {
            do {
                let (label, op) = try RedactorConfiguration.parseOperatorAssignment(assignment)
                configuration.operators[label] = op
            } catch {
                throw CommandFailure.usage(error.description)
            }
        }
        if let labels {
            let set = RedactorConfiguration.parseLabels(labels)
            guard !set.isEmpty else { throw CommandFailure.usage("--labels needs at least one label") }
            configuration.labels = set
        }
        for path in rulePacks {
            let data = try CommandFailure.reading(path)
            do {
                configuration.detection.extraRulePacks.append(try RulePack(json: data))
            } catch {
                throw CommandFailure.input("\(path): \(error.description)")
            }
        }
        if let keyFile {
            var key = try CommandFailure.reading(keyFile)
            if key.last == 0x0A { key.removeLast() }
            if key.last == 0x0D { key.removeLast() }
            configuration.key = key
        }
        configuration.includeOriginalText = includeOriginalText
        return configuration
    }

    /// Builds the redactor, turning configuration errors into usage or input failures.
    func redactor() throws -> Redactor {
        let configuration = try configuration()
        do {
            return try Redactor(configuration: configuration)
        } catch {
            if case .invalidConfiguration = error { throw CommandFailure.usage(error.description) }
            throw CommandFailure.input(error.description)
        }
    }
}
