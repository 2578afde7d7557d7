import Foundation
import Hummingbird
import Redaction

/// `POST /redact` body: the text to redact.
public struct RedactRequest: Codable, Sendable {
    /// The narrative.
    public var text: String
    /// Creates a request.
    public init(text: String) { self.text = text }
}

/// `POST /redact` response: the redacted text and its audit (offsets and keyed
/// fingerprints only; the original text is not in it unless the configuration asks).
public struct RedactResponse: ResponseCodable, Sendable {
    /// The redacted text.
    public var text: String
    /// What was changed and why.
    public var audit: RedactionAudit
}

/// One finding of `POST /scan`: where (Unicode-scalar offsets, as Python and most
/// annotation tools count), what, which rule and how sure — never the text.
public struct ScanFinding: Codable, Sendable, Equatable {
    /// First scalar of the finding.
    public var start: Int
    /// One past its last scalar.
    public var end: Int
    /// Its label, e.g. `PERSON`.
    public var label: String
    /// The rule or list that found it.
    public var rule: String
    /// The detection score in 0...1.
    public var score: Double
}

/// `POST /scan` response.
public struct ScanResponse: ResponseCodable, Sendable {
    /// The findings, in text order, not overlapping.
    public var findings: [ScanFinding]
}

/// Builds the HTTP application around one shared `Redactor` (immutable and `Sendable`,
/// so every request uses it concurrently).
///
/// ```swift
/// let redactor = try Redactor(configuration: RedactorConfiguration(key: key))
/// let app = buildApplication(redactor: redactor, host: "127.0.0.1", port: 8080)
/// try await app.runService()
/// ```
///
/// Errors are answered with a status and a message that names no input text: 400 for a
/// body that is not `{"text": string}`, 422 when redaction fails (fail closed: no text).
public func buildApplication(redactor: Redactor, host: String = "127.0.0.1", port: Int = 8080,
                             maxBodySize: Int = 4 << 20) -> some ApplicationProtocol {
    let router = Router()
    router.post("/redact") { request, context -> RedactResponse in
        let body = try await decode(request, context: context, maxBodySize: maxBodySize)
        do {
            let result = try redactor.redact(body.text)
            return RedactResponse(text: result.text, audit: result.audit)
        } catch {
            throw HTTPError(.unprocessableContent, message: "redaction failed: \(error)")
        }
    }
    router.post("/scan") { request, context -> ScanResponse in
        let body = try await decode(request, context: context, maxBodySize: maxBodySize)
        do {
            let findings = try redactor.scan(body.text)
            let scalars = ScalarOffsets(body.text)
            return ScanResponse(findings: findings.map {
                ScanFinding(start: scalars.scalar(atUTF8: $0.range.lowerBound), end: scalars.scalar(atUTF8: $0.range.upperBound),
                            label: $0.label.rawValue, rule: $0.rule, score: $0.score)
            })
        } catch {
            throw HTTPError(.unprocessableContent, message: "scan failed: \(error)")
        }
    }
    return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "redact-service"))
}

/// Decodes `{"text": …}`; a decoding error becomes a 400 that does not quote the body
/// (JSON parser messages can).
private func decode(_ request: Request, context: BasicRequestContext, maxBodySize: Int) async throws -> RedactRequest {
    let buffer = try await request.body.collect(upTo: maxBodySize)
    do {
        return try JSONDecoder().decode(RedactRequest.self, from: Data(buffer: buffer))
    } catch {
        throw HTTPError(.badRequest, message: #"expected a JSON object {"text": string}"#)
    }
}

/// UTF-8 offsets → Unicode-scalar offsets of one string.
struct ScalarOffsets {
    private var scalarAt: [Int: Int] = [:]

    init(_ string: String) {
        var utf8 = 0
        for (index, scalar) in string.unicodeScalars.enumerated() {
            scalarAt[utf8] = index
            utf8 += UTF8.width(scalar)
        }
        scalarAt[utf8] = string.unicodeScalars.count
    }

    /// The scalar index at UTF-8 offset `offset` (finding bounds are always scalar boundaries).
    func scalar(atUTF8 offset: Int) -> Int { scalarAt[offset] ?? 0 }
}
