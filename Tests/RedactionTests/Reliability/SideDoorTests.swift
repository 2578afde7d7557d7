import Foundation
import Testing
@testable import Redaction

/// No identifier leaves through a side door: audits (default configuration), findings,
/// evaluation results and error messages are searched for every gold identifier of a
/// fixture corpus.
struct SideDoorTests {
    /// Gold identifier texts of a document: at least four characters, and either holding a
    /// letter or at least seven characters long — a short number such as a time "2319"
    /// would otherwise match the audit's own offsets.
    static func identifiers(_ document: GoldDocument) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.spans.map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            return String(view)
        }.filter { $0.count >= 7 || ($0.count >= 4 && $0.unicodeScalars.contains { $0.properties.isAlphabetic }) }
    }

    static func leaks(_ haystack: String, _ identifiers: [String]) -> [String] {
        identifiers.filter { haystack.contains($0) || haystack.contains(RedactionFixtures.jsonEscaped($0)) }
    }

    @Test func auditsFindingsAndEvaluationsHoldNoIdentifier() throws {
        let corpus = try Reliability.corpus("Fixtures/corpus/dev-a.jsonl")
        let redactor = Reliability.redactor
        var checked = 0
        for document in corpus.documents {
            let identifiers = Self.identifiers(document)
            checked += identifiers.count
            let result = try redactor.redact(document.text)
            let audit = try RedactionFixtures.encode(result.audit)
            #expect(Self.leaks(audit, identifiers).isEmpty, "audit of \(document.id) leaks")
            let findings = try RedactionFixtures.encode(try redactor.scan(document.text))
            #expect(Self.leaks(findings, identifiers).isEmpty, "findings of \(document.id) leak")
            let changes = result.audit.changes.map { "\($0)" }.joined()
            #expect(Self.leaks(changes, identifiers).isEmpty, "audit description of \(document.id) leaks")
        }
        #expect(checked > 200)
        let evaluation = try Evaluation.run(corpus: corpus, engine: redactor.engine)
        let encoded = try RedactionFixtures.encode(evaluation)
        let all = corpus.documents.flatMap(Self.identifiers)
        #expect(Self.leaks(encoded, all).isEmpty)
        #expect(Self.leaks("\(evaluation)", all).isEmpty)
    }

    @Test func errorMessagesHoldNoIdentifier() async throws {
        let corpus = try Reliability.corpus("Fixtures/corpus/dev-a.jsonl")
        let redactor = Reliability.redactor
        let otherKey = try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.otherKey))
        var messages: [(String, [String])] = []
        for (index, document) in corpus.documents.enumerated() {
            let identifiers = Self.identifiers(document)
            let bytes = Array(document.text.utf8)
            // Invalid UTF-8 right after the text.
            do {
                _ = try redactor.redact(bytes: bytes + [0xFF], lossy: false)
                Issue.record("invalid UTF-8 accepted")
            } catch {
                messages.append((error.description, identifiers))
                messages.append(("\(error)", identifiers))
            }
            // An audit applied to the wrong document, or with the wrong key.
            let audit = try redactor.redact(document.text).audit
            let other = corpus.documents[(index + 1) % corpus.documents.count].text
            for wrongKey in [false, true] {
                do {
                    _ = wrongKey ? try otherKey.apply(audit: audit, to: document.text) : try redactor.apply(audit: audit, to: other)
                    if !audit.changes.isEmpty { Issue.record("a wrong audit was applied") }
                } catch {
                    messages.append((error.description, identifiers))
                    messages.append(("\(error)", identifiers))
                }
            }
            // A corpus line whose span text disagrees with the document.
            let broken = #"{"id":"x","text":"# + RedactionFixtures.jsonEscaped(document.text) + #"","spans":[{"start":0,"end":4,"label":"PERSON","text":"# + "\"zzzz\"}]}"
            do {
                _ = try Corpus(name: "broken", jsonl: Data(broken.utf8))
            } catch {
                messages.append((error.description, identifiers))
            }
        }
        // A batch line that is not a record.
        for document in corpus.documents.prefix(5) {
            let line = Data(("not json " + document.text.replacingOccurrences(of: "\n", with: " ") + "\n").utf8)
            let batch = JSONLBatch(redactor: redactor, jobs: 1, lossy: false)
            let input = Pipe()
            input.fileHandleForWriting.write(line)
            try input.fileHandleForWriting.close()
            do {
                _ = try await batch.run(reading: input.fileHandleForReading, write: { _ in })
                Issue.record("a malformed batch line was accepted")
            } catch {
                messages.append(("\(error)", Self.identifiers(document)))
            }
        }
        #expect(messages.count > 150)
        for (message, identifiers) in messages {
            #expect(Self.leaks(message, identifiers).isEmpty, "an error message quotes an identifier")
        }
    }

    @Test func fingerprintsAreKeyed() throws {
        let input = "Deputy Dana Whitfield called 602-555-0143."
        let one = try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.key)).redact(input)
        let two = try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.otherKey)).redact(input)
        let again = try Redactor(configuration: RedactorConfiguration(key: RedactionFixtures.key)).redact(input)
        let first = one.audit.changes.compactMap(\.fingerprint)
        let second = two.audit.changes.compactMap(\.fingerprint)
        #expect(!first.isEmpty && first.count == second.count)
        for (a, b) in zip(first, second) { #expect(a != b) }
        #expect(first == again.audit.changes.compactMap(\.fingerprint))
        #expect(one.audit.configurationFingerprint != two.audit.configurationFingerprint)
        // Not a plain hash of the text either.
        let phone = try #require(one.audit.changes.first { $0.label == .phone })
        let range = try #require(phone.input.utf8)
        let plain = KeyedHash(key: Data()).fingerprint(Array(input.utf8)[range])
        #expect(phone.fingerprint != plain)
    }

    @Test func redactionWritesNoFile() throws {
        let canary = "Qqzxv" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let before = Date()
        let pack = RulePack(name: "canary", version: "1", rules: [Rule(id: "test.canary", label: .person, pattern: "Qqzxv[a-z0-9]+", score: 1)])
        let redactor = try Redactor(configuration: RedactorConfiguration(detection: DetectionOptions(extraRulePacks: [pack]), key: RedactionFixtures.key))
        let result = try redactor.redact("Met " + canary + " at the corner.")
        #expect(!result.text.contains(canary))
        _ = try redactor.redact(bytes: Array(("x " + canary).utf8), lossy: true)
        let temporary = [URL(fileURLWithPath: NSTemporaryDirectory()), URL(fileURLWithPath: "/tmp")]
        for folder in temporary {
            #expect(Self.filesHolding(canary, in: folder, modifiedAfter: before).isEmpty)
        }
    }

    /// Regular files under `folder` changed after `date` whose bytes contain `needle`.
    static func filesHolding(_ needle: String, in folder: URL, modifiedAfter date: Date) -> [String] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey],
                                                          options: [], errorHandler: { _, _ in true }) else { return [] }
        var found: [String] = []
        let pattern = Data(needle.utf8)
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                  values.isRegularFile == true, let modified = values.contentModificationDate, modified >= date.addingTimeInterval(-1),
                  let data = try? Data(contentsOf: url, options: .alwaysMapped), data.range(of: pattern) != nil else { continue }
            found.append(url.path)
        }
        return found
    }
}

extension RedactionFixtures {
    /// `string` as it appears inside a JSON string literal (without the quotes).
    static func jsonEscaped(_ string: String) -> String {
        let encoded = (try? encode(string)) ?? ""
        return String(encoded.dropFirst().dropLast())
    }
}
