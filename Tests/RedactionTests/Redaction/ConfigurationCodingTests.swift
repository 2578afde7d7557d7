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

    /// The example pack of the DocC article "Writing a rule pack", verbatim.
    static let articlePack = #"""
        {
          "name": "site",
          "version": "2.0",
          "rules": [
            {
              "id": "site.call-sign",
              "label": "BADGE",
              "pattern": "(?<![A-Za-z0-9])[0-9]{1,2}[A-Z][0-9]{2}(?![A-Za-z0-9])",
              "score": 0.55,
              "context": { "words": ["unit", "radio", "call", "sign"], "before": 4, "boost": 0.3 },
              "validators": ["has-letter-and-digit"],
              "reason": "County call signs such as 7C21; alone they look like part numbers, so a radio word must be near."
            }
          ]
        }
        """#

    @Test func articleRulePackLoadsAndFires() throws {
        let pack = try RulePack(json: Data(Self.articlePack.utf8))
        #expect(pack.name == "site" && pack.rules.first?.context?.after == 0 && pack.rules.first?.caseless == false)
        let engine = try DetectionEngine(options: DetectionOptions(extraRulePacks: [pack]))
        let text = try Text("Over the radio, call sign 3K17 cleared the scene.")
        let findings = try engine.scan(text)
        let finding = try #require(findings.first { $0.rule == "site.call-sign" })
        #expect(finding.label == .badge && finding.score > 0.8 && finding.context != nil)
        #expect(text.slice(finding.range) == "3K17")
    }
}
