import Foundation
import Hummingbird
import Redaction
import RedactService

// redact-service [--host 127.0.0.1] [--port 8080]; the HMAC key comes from the file named
// by REDACT_KEY_FILE (at least 16 bytes), else a random key per process.
var host = "127.0.0.1"
var port = 8080
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--host": host = arguments.popFirst() ?? host
    case "--port": port = arguments.popFirst().flatMap(Int.init) ?? port
    default:
        FileHandle.standardError.write(Data("usage: redact-service [--host H] [--port P]\n".utf8))
        exit(1)
    }
}
var configuration = RedactorConfiguration()
if let path = ProcessInfo.processInfo.environment["REDACT_KEY_FILE"] {
    configuration.key = try Data(contentsOf: URL(fileURLWithPath: path))
}
let redactor = try Redactor(configuration: configuration)
try await buildApplication(redactor: redactor, host: host, port: port).runService()
