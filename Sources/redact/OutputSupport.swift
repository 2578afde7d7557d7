import ArgumentParser
import Foundation
import Redaction
#if canImport(Glibc)
import Glibc
#endif

/// A failure the commands report on stderr and turn into a documented exit code:
/// 1 for usage errors, 2 for input and processing errors. Messages never quote input text.
enum CommandFailure: Error {
    /// Wrong or conflicting arguments (exit 1).
    case usage(String)
    /// Unreadable, invalid or unwritable input or output (exit 2).
    case input(String)

    var exitCode: ExitCode {
        switch self {
        case .usage: ExitCode(1)
        case .input: ExitCode(2)
        }
    }

    var message: String {
        switch self {
        case .usage(let text), .input(let text): text
        }
    }

    /// Reads a whole file (or standard input for `-`).
    static func reading(_ path: String) throws -> Data {
        if path == "-" {
            do {
                return try FileHandle.standardInput.readToEnd() ?? Data()
            } catch {
                throw CommandFailure.input("cannot read standard input")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure.input("cannot read \(path)") }
        return data
    }

    /// Runs `body`, printing any failure to stderr and exiting with its code.
    static func reporting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            throw failure.exitCode
        } catch let error as RedactionError {
            Output.error(error.description)
            throw ExitCode(2)
        } catch let error as OutputError {
            Output.error(error.description)
            throw ExitCode(2)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            // Foundation errors may describe content; report the kind only.
            Output.error("processing failed (\(type(of: error)))")
            throw ExitCode(2)
        }
    }
}

/// Writing to standard output, standard error and files.
enum Output {
    /// Writes `message` to stderr as `redact: message`.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("redact: \(message)\n".utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes to stdout.
    static func standardOutput(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw CommandFailure.input("cannot write standard output")
        }
    }

    /// Writes `data` to `path` atomically, or to stdout when `path` is nil.
    static func write(_ data: Data, to path: String?, permissionsFrom: String? = nil) throws {
        guard let path else { return try standardOutput(data) }
        try AtomicFileWriter.write(data, to: URL(fileURLWithPath: path), permissionsFrom: permissionsFrom.map { URL(fileURLWithPath: $0) })
    }

    /// JSON with sorted keys and unescaped slashes, plus a final newline.
    static func json<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// The canonical absolute form of a path, for "is this the input?" checks.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
