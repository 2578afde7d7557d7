import Foundation
@testable import Redaction

/// Redactors over a custom rule pack, so these tests do not depend on the bundled
/// detectors (being written elsewhere).
enum RedactionFixtures {
    static let key = Data("redaction-tests-key-0123456789abcdef".utf8)
    static let otherKey = Data("another-key-for-tests-9876543210fedcba".utf8)

    static let pack = RulePack(name: "redaction-tests", version: "1.2.3", rules: [
        Rule(id: "test.person.full", label: .person,
             pattern: #"\b(?i:Dana|Marcus|Priya|Tom|José) (?i:Whitfield|Okafor|Lindqvist|Müller)(?:['’]s)?(?![\p{L}])"#, score: 0.9),
        Rule(id: "test.person.single", label: .person,
             pattern: #"\b(?i:Whitfield|Okafor|Lindqvist|Müller|Dana)(?:['’]s)?(?![\p{L}])"#, score: 0.8),
        Rule(id: "test.phone", label: .phone, pattern: #"(?:\([0-9]{3}\) |\b[0-9]{3}[-.])[0-9]{3}[-.][0-9]{4}\b"#, score: 0.95),
        Rule(id: "test.badge", label: .badge, pattern: #"(?i:badge) #?\K[0-9]{3,6}\b"#, score: 0.9,
             context: Rule.Context(words: ["deputy", "officer"], before: 6)),
        Rule(id: "test.date.numeric", label: .date, pattern: #"\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b"#, score: 0.9),
        Rule(id: "test.date.named", label: .date,
             pattern: #"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}(?:st|nd|rd|th)?, [0-9]{4}\b"#,
             score: 0.9),
        Rule(id: "test.date.vague", label: .date, pattern: #"\blast spring\b"#, score: 0.9),
        Rule(id: "test.plate", label: .plate, pattern: #"\b[A-Z]{3}-[0-9]{4}\b"#, score: 0.9),
        Rule(id: "test.email", label: .email, pattern: #"\b[a-z]+@[a-z]+\.org\b"#, score: 0.9),
    ])

    static func configuration(_ operators: [Label: RedactionOperator] = [:], default op: RedactionOperator = .tag,
                              key: Data? = RedactionFixtures.key, includeOriginalText: Bool = false,
                              labels: Set<Label>? = nil) -> RedactorConfiguration {
        RedactorConfiguration(detection: DetectionOptions(extraRulePacks: [pack]), labels: labels, operators: operators, defaultOperator: op,
                              key: key, includeOriginalText: includeOriginalText)
    }

    static func redactor(_ operators: [Label: RedactionOperator] = [:], default op: RedactionOperator = .tag,
                         key: Data? = RedactionFixtures.key, includeOriginalText: Bool = false,
                         labels: Set<Label>? = nil) throws -> Redactor {
        try Redactor(configuration: configuration(operators, default: op, key: key, includeOriginalText: includeOriginalText, labels: labels))
    }

    /// A narrative exercising every label of the pack, with non-ASCII text before the identifiers.
    static let narrative = """
        Café stop 👮🏽: Deputy Dana Whitfield (badge #4471) pulled over José Müller on 3/14/2024.
        Whitfield's partner Tom Okafor called (602) 555-0143 and 480.555.0199; plate KJX-2291.
        On March 20, 2024 Okafor wrote to dispatch@county.org; Whitfield and Müller met again last spring.
        """

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
