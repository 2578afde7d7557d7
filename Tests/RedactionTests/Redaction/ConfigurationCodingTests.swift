import Foundation
import Testing
import Yams
import Redaction

/// `RedactorConfiguration` is a Codable value a service loads from JSON or YAML.
struct ConfigurationCodingTests {
    static let json = #"""
        {
          "labels": ["PERSON", "phone", "BADGE"],
          "operators": { "PERSON": "numbered", "PHONE": "mask" },
          "defaultOperator": "pseudonym",
          "maskCharacter": "*",
          "maskLength": 3,
          "key": "c2VydmljZS1rZXktMDEyMzQ1Njc4OWFiY2RlZg==",
          "detection": {
            "threshold": 0.6,
            "disabledRules": ["date.standalone-year"],
            "allowList": ["Marigold Tactical"],
            "extraRulePacks": [{
              "name": "site", "version": "2.0",
              "rules": [{ "id": "site.unit", "label": "BADGE", "pattern": "\\bUnit [0-9]{2}[A-Z]\\b", "score": 0.9,
                          "context": { "words": ["radio"], "before": 4 } }]
            }]
          }
        }
        """#

    static let yaml = #"""
        labels: [PERSON, phone, BADGE]
        operators:
          PERSON: numbered
          PHONE: mask
        defaultOperator: pseudonym
        maskCharacter: "*"
        maskLength: 3
        key: c2VydmljZS1rZXktMDEyMzQ1Njc4OWFiY2RlZg==
        detection:
          threshold: 0.6
          disabledRules: [date.standalone-year]
          allowList: [Marigold Tactical]
          extraRulePacks:
            - name: site
              version: "2.0"
              rules:
                - id: site.unit
                  label: BADGE
                  pattern: '\bUnit [0-9]{2}[A-Z]\b'
                  score: 0.9
                  context: { words: [radio], before: 4 }
        """#

    static func check(_ configuration: RedactorConfiguration) throws {
        #expect(configuration.labels == [.person, .phone, .badge])
        #expect(configuration.operator(for: .person) == .numbered)
        #expect(configuration.operator(for: .phone) == .mask)
        #expect(configuration.operator(for: .date) == .pseudonym)
        #expect(configuration.maskCharacter == "*" && configuration.maskLength == 3)
        #expect(configuration.key == Data("service-key-0123456789abcdef".utf8))
        #expect(configuration.detection.threshold == 0.6)
        #expect(configuration.detection.disabledRules == ["date.standalone-year"])
        #expect(configuration.detection.allowList == ["Marigold Tactical"])
        let rule = try #require(configuration.detection.extraRulePacks.first?.rules.first)
        #expect(rule.id == "site.unit" && rule.label == .badge && rule.pattern == #"\bUnit [0-9]{2}[A-Z]\b"#)
        #expect(rule.context?.before == 4 && rule.context?.boost == 0.15)
        #expect(configuration.pseudonymLength == 6 && !configuration.includeOriginalText)  // defaults
        // The decoded configuration builds a working redactor that uses the site pack.
        let redactor = try Redactor(configuration: configuration)
        let result = try redactor.redact("Over the radio Unit 42C asked for help.")
        #expect(result.audit.changes.contains { $0.rule == "site.unit" })
        #expect(!result.text.contains("42C"))
    }

    @Test func decodesFromJSON() throws {
        try Self.check(JSONDecoder().decode(RedactorConfiguration.self, from: Data(Self.json.utf8)))
    }

    @Test func decodesFromYAML() throws {
        try Self.check(YAMLDecoder().decode(RedactorConfiguration.self, from: Self.yaml))
    }

    @Test func emptyDocumentsGiveTheDefaults() throws {
        #expect(try JSONDecoder().decode(RedactorConfiguration.self, from: Data("{}".utf8)) == RedactorConfiguration())
        #expect(try YAMLDecoder().decode(RedactorConfiguration.self, from: "{}") == RedactorConfiguration())
    }

    @Test func jsonRoundTripKeepsTheFingerprint() throws {
        let configuration = try JSONDecoder().decode(RedactorConfiguration.self, from: Data(Self.json.utf8))
        let again = try JSONDecoder().decode(RedactorConfiguration.self, from: JSONEncoder().encode(configuration))
        #expect(again == configuration)
        #expect(try Redactor(configuration: again).configurationFingerprint == Redactor(configuration: configuration).configurationFingerprint)
    }

    @Test func unknownOperatorIsAnError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RedactorConfiguration.self, from: Data(#"{"defaultOperator": "shred"}"#.utf8))
        }
    }
}
