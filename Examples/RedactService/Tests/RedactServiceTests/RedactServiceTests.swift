import Foundation
import Hummingbird
import HummingbirdTesting
import Redaction
import RedactionTesting
import RedactService
import Testing

/// Starts the service on loopback (an ephemeral port) and calls both endpoints over HTTP.
struct RedactServiceTests {
    static let narrative = "Deputy Dana Whitfield (badge 11872) called me at 602-555-0143 on 3/14/2019."

    static func app() throws -> some ApplicationProtocol {
        buildApplication(redactor: try Anonymity.defaultRedactor(), host: "127.0.0.1", port: 0)
    }

    static func body(_ text: String) throws -> ByteBuffer {
        ByteBuffer(data: try JSONEncoder().encode(RedactRequest(text: text)))
    }

    @Test func redactReturnsRedactedTextAndAudit() async throws {
        try await Self.app().test(.live) { client in
            #expect((client.port ?? 0) > 0)
            try await client.execute(uri: "/redact", method: .post, body: try Self.body(Self.narrative)) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let text = try #require(object?["text"] as? String)
                let audit = try JSONDecoder().decode(RedactionAudit.self,
                                                     from: JSONSerialization.data(withJSONObject: try #require(object?["audit"])))
                #expect(text.contains("[PERSON]") && text.contains("[PHONE]"))
                expectAnonymous(text, labels: [.person, .badge, .phone, .date])
                #expect(audit.changes.count >= 4)
                #expect(audit.inputLength.unicodeScalars == Self.narrative.unicodeScalars.count)
                let raw = String(buffer: response.body)
                for secret in ["Whitfield", "11872", "555-0143"] { #expect(!raw.contains(secret)) }
            }
        }
    }

    @Test func scanReturnsFindingsWithScalarOffsetsAndNoText() async throws {
        let text = "Café 👮🏽 Deputy Dana Whitfield called 602-555-0143."
        try await Self.app().test(.live) { client in
            try await client.execute(uri: "/scan", method: .post, body: try Self.body(text)) { response in
                #expect(response.status == .ok)
                let scan = try JSONDecoder().decode(ScanResponse.self, from: Data(buffer: response.body))
                let scalars = Array(text.unicodeScalars)
                let phone = try #require(scan.findings.first { $0.label == "PHONE" })
                #expect(String(String.UnicodeScalarView(scalars[phone.start..<phone.end])) == "602-555-0143")
                let person = try #require(scan.findings.first { $0.label == "PERSON" })
                #expect(String(String.UnicodeScalarView(scalars[person.start..<person.end])).hasSuffix("Dana Whitfield"))
                #expect(!person.rule.isEmpty && person.score > 0.5)
                let raw = String(buffer: response.body)
                #expect(!raw.contains("Whitfield") && !raw.contains("0143"))
            }
        }
    }

    @Test func malformedBodyIsABadRequestThatQuotesNothing() async throws {
        try await Self.app().test(.live) { client in
            try await client.execute(uri: "/redact", method: .post, body: ByteBuffer(string: #"{"txt": "Dana Whitfield"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(!String(buffer: response.body).contains("Whitfield"))
            }
        }
    }
}
