import ArgumentParser
import Foundation
import Redaction

/// Detection options shared by `scan` and `eval`: extra rule packs, disabled rules and
/// disabled detector families.
struct SharedDetectionOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Extra rule pack (JSON) to load after the bundled ones; repeatable.", valueName: "file"))
    var rulePacks: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Rule id that does not run; repeatable.", valueName: "rule-id"))
    var disabledRules: [String] = []

    @Option(name: .customLong("disable-detector"),
            help: ArgumentHelp("Detector family that does not run (\(DetectorFamily.allCases.map(\.rawValue).joined(separator: ", "))); repeatable. Lowers recall.",
                               valueName: "family"))
    var disabledDetectors: [String] = []

    func validate() throws {
        for name in disabledDetectors where DetectorFamily(rawValue: name) == nil {
            throw ValidationError("unknown detector family '\(name)'; one of \(DetectorFamily.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// Builds the detection engine these options describe.
    func makeEngine() throws(SharedFailure) -> DetectionEngine {
        var options = DetectionOptions()
        options.disabledRules = Set(disabledRules)
        options.disabledDetectors = Set(disabledDetectors.compactMap(DetectorFamily.init(rawValue:)))
        for path in rulePacks {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SharedFailure("cannot read rule pack \(path)")
            }
            do {
                options.extraRulePacks.append(try RulePack(json: data))
            } catch {
                throw SharedFailure("rule pack \(path): not a valid rule pack")
            }
        }
        do {
            return try DetectionEngine(options: options)
        } catch {
            throw SharedFailure(error.description)
        }
    }
}

/// The `--show` flag: print identifiers instead of masking them.
struct SharedRevealOptions: ParsableArguments {
    @Flag(name: .customLong("show"), help: "Print the identifying text itself instead of masking it (never in shared logs).")
    var show = false
}

/// A runtime failure with a message that names files, lines and offsets but never input
/// text; commands print it and exit with status 2.
struct SharedFailure: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    init(_ description: String) { self.description = description }
}

/// Input and output helpers shared by the subcommands.
enum SharedIO {
    /// Exit status for any runtime error.
    static let errorStatus: Int32 = 2

    /// Prints `redact <command>: error: <message>` to standard error.
    static func report(_ message: String, command: String) {
        FileHandle.standardError.write(Data("redact \(command): error: \(message)\n".utf8))
    }

    /// Runs `body`, turning any error into a message on standard error and exit status 2
    /// (an `ExitCode` passes through).
    static func guarded(command: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as SharedFailure {
            report(failure.description, command: command)
            throw ExitCode(errorStatus)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            // Anything else is unexpected; name only its type so no input can leak, and
            // keep status 1 free for "something found".
            report("unexpected \(type(of: error))", command: command)
            throw ExitCode(errorStatus)
        }
    }

    /// Reads a file, or standard input for `-`.
    static func read(_ path: String) throws(SharedFailure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SharedFailure("cannot read \(path)")
        }
    }

    /// Reads a file or standard input as strict UTF-8.
    static func readText(_ path: String) throws(SharedFailure) -> String {
        let data = try read(path)
        do {
            return try StrictUTF8.decode(data)
        } catch {
            throw SharedFailure("\(displayName(path)): \(error.description)")
        }
    }

    /// The name of an input in messages.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Writes to standard output without the `print` line buffering surprises.
    static func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }

    /// A JSON string literal (quotes and escapes), for hand-built JSON lines.
    static func jsonString(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
