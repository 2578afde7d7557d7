import Foundation
import Testing
import Redaction
import RedactionTesting

/// The README's "Library use" example, verbatim, so it keeps compiling and its comments
/// stay true.
struct ReadmeExampleTests {
    @Test func libraryUseExample() async throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // --- README: Library use ---
        var configuration = RedactorConfiguration(key: Data("use-a-secret-key-of-16-bytes-or-more".utf8))
        configuration.operators[.person] = .numbered
        let redactor = try Redactor(configuration: configuration)   // build once, share: it is Sendable

        let result = try redactor.redact("Deputy Dana Whitfield said Whitfield's radio was dead at 0215 hours.")
        print(result.text)   // Deputy [PERSON-1] said [PERSON-1]'s radio was dead at [TIME].
        for change in result.audit.changes {
            print(change.label, change.input.unicodeScalars!, change.replacement!)   // PERSON 7..<21 [PERSON-1] …
        }

        let many = try await redactor.redact(["Call Sgt. Ruiz.", "Unit 7C21 responded."])   // all cores, input order
        for try await streamed in redactor.redactions(of: AsyncStream { $0.yield("Dana called."); $0.finish() }) {
            print(streamed.text)
        }
        // --- end ---

        #expect(printed.first == "Deputy [PERSON-1] said [PERSON-1]'s radio was dead at [TIME].")
        #expect(printed.dropFirst().first == "PERSON 7..<21 [PERSON-1]")
        #expect(printed.count == 2 + result.audit.changes.count)
        #expect(many.count == 2)
        for text in many.map(\.text) + [printed.last!] { expectAnonymous(text, labels: [.person], redactor: redactor) }
    }
}
