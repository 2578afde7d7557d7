public import Foundation

/// Everything a ``Redactor`` is built from: detection options, which labels to redact,
/// the operator per label, the mask, and the HMAC key.
///
/// A Codable value, so a service can keep it in a JSON file:
///
/// ```json
/// { "labels": ["PERSON", "PHONE"], "operators": { "PERSON": "numbered" },
///   "defaultOperator": "tag", "key": "c2VjcmV0LWtleS1ieXRlcw==" }
/// ```
///
/// ```swift
/// let configuration = try JSONDecoder().decode(RedactorConfiguration.self, from: Data(contentsOf: url))
/// let redactor = try Redactor(configuration: configuration)
/// ```
///
/// Every key is optional (absent keys take the defaults of ``init(detection:labels:operators:defaultOperator:maskCharacter:maskLength:pseudonymLength:key:includeOriginalText:)``),
/// labels are upper-cased, and `detection` takes ``DetectionOptions``' keys, including
/// whole rule packs under `extraRulePacks`. Any `Decoder` works; with Yams, the same
/// document in YAML decodes with `YAMLDecoder().decode(RedactorConfiguration.self, from: yaml)`
/// (the library itself does not depend on a YAML parser).
///
/// The key is encoded (base64) only when this configuration itself is encoded; audits
/// carry a keyed fingerprint of the configuration without the key, never the key.
public struct RedactorConfiguration: Sendable, Hashable, Codable {
    /// Options for the detection engine.
    public var detection: DetectionOptions
    /// The labels that are redacted (all when nil). `UNANALYSED` regions are always redacted.
    public var labels: Set<Label>?
    /// The operator per label; labels absent here use ``defaultOperator``.
    public var operators: [Label: RedactionOperator]
    /// The operator for labels not in ``operators``.
    public var defaultOperator: RedactionOperator
    /// The mask character repeated by ``RedactionOperator/mask`` (one character).
    public var maskCharacter: String
    /// How many mask characters ``RedactionOperator/mask`` writes, whatever the original length.
    public var maskLength: Int
    /// How many hex digits of the HMAC a pseudonym keeps (4…64).
    public var pseudonymLength: Int
    /// The HMAC key (at least 16 bytes). When nil, each ``Redactor`` draws a random key,
    /// so pseudonyms and fingerprints are stable only within that instance.
    public var key: Data?
    /// Whether audits quote the original text of each change (off by default: audits
    /// then hold offsets and keyed fingerprints only).
    public var includeOriginalText: Bool

    /// Creates a configuration; the defaults redact every label with a type tag.
    public init(detection: DetectionOptions = DetectionOptions(), labels: Set<Label>? = nil,
                operators: [Label: RedactionOperator] = [:], defaultOperator: RedactionOperator = .tag,
                maskCharacter: String = "█", maskLength: Int = 5, pseudonymLength: Int = 6,
                key: Data? = nil, includeOriginalText: Bool = false) {
        self.detection = detection
        self.labels = labels
        self.operators = operators
        self.defaultOperator = defaultOperator
        self.maskCharacter = maskCharacter
        self.maskLength = maskLength
        self.pseudonymLength = pseudonymLength
        self.key = key
        self.includeOriginalText = includeOriginalText
    }

    /// The operator used for `label`.
    public func `operator`(for label: Label) -> RedactionOperator {
        operators[label] ?? defaultOperator
    }

    /// Whether findings of `label` are redacted.
    public func redacts(_ label: Label) -> Bool {
        label == .unanalysed || (labels?.contains(label) ?? true)
    }

    /// Parses a command-line operator assignment such as `PERSON=numbered`.
    ///
    /// - Throws: ``RedactionError/invalidConfiguration(_:)`` when it is not `LABEL=OP`
    ///   with OP one of `tag`, `numbered`, `mask`, `surrogate`, `pseudonym`.
    public static func parseOperatorAssignment(_ assignment: String) throws(RedactionError) -> (Label, RedactionOperator) {
        let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalidConfiguration("operator assignment must be LABEL=OP")
        }
        let name = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
        guard let op = RedactionOperator(rawValue: name) else {
            let known = RedactionOperator.allCases.map(\.rawValue).joined(separator: "|")
            throw .invalidConfiguration("unknown operator for \(Label(rawValue: String(parts[0]))); expected \(known)")
        }
        return (Label(rawValue: parts[0].trimmingCharacters(in: .whitespaces)), op)
    }

    /// Parses a comma-separated label list such as `PERSON,DATE`.
    public static func parseLabels(_ list: String) -> Set<Label> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { Label(rawValue: $0) })
    }

    enum CodingKeys: String, CodingKey {
        case detection, labels, operators, defaultOperator, maskCharacter, maskLength, pseudonymLength, key, includeOriginalText
    }

    /// Decodes, with the defaults for absent keys. Operators are a JSON object keyed by label.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = RedactorConfiguration()
        detection = try c.decodeIfPresent(DetectionOptions.self, forKey: .detection) ?? defaults.detection
        labels = try c.decodeIfPresent([Label].self, forKey: .labels).map(Set.init)
        let named = try c.decodeIfPresent([String: RedactionOperator].self, forKey: .operators) ?? [:]
        operators = Dictionary(named.map { (Label(rawValue: $0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        defaultOperator = try c.decodeIfPresent(RedactionOperator.self, forKey: .defaultOperator) ?? defaults.defaultOperator
        maskCharacter = try c.decodeIfPresent(String.self, forKey: .maskCharacter) ?? defaults.maskCharacter
        maskLength = try c.decodeIfPresent(Int.self, forKey: .maskLength) ?? defaults.maskLength
        pseudonymLength = try c.decodeIfPresent(Int.self, forKey: .pseudonymLength) ?? defaults.pseudonymLength
        key = try c.decodeIfPresent(Data.self, forKey: .key)
        includeOriginalText = try c.decodeIfPresent(Bool.self, forKey: .includeOriginalText) ?? defaults.includeOriginalText
    }

    /// Encodes with sorted labels and operators keyed by label name.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(detection, forKey: .detection)
        try c.encodeIfPresent(labels.map { $0.sorted() }, forKey: .labels)
        try c.encode(Dictionary(uniqueKeysWithValues: operators.map { ($0.key.rawValue, $0.value) }), forKey: .operators)
        try c.encode(defaultOperator, forKey: .defaultOperator)
        try c.encode(maskCharacter, forKey: .maskCharacter)
        try c.encode(maskLength, forKey: .maskLength)
        try c.encode(pseudonymLength, forKey: .pseudonymLength)
        try c.encodeIfPresent(key, forKey: .key)
        try c.encode(includeOriginalText, forKey: .includeOriginalText)
    }

    /// The settings that determine the redacted text, in a canonical order (sets sorted,
    /// no key, no ``includeOriginalText``): what the configuration fingerprint covers.
    func canonicalBytes() -> [UInt8] {
        struct Canonical: Encodable {
            let extraRulePacks: [RulePack]
            let disabledRules: [String]
            let allowList: [String]
            let threshold: Double
            let detectionLabels: [Label]?
            let matchLimit: UInt32
            let depthLimit: UInt32
            let labels: [Label]?
            let operators: [String: RedactionOperator]
            let defaultOperator: RedactionOperator
            let maskCharacter: String
            let maskLength: Int
            let pseudonymLength: Int
        }
        let canonical = Canonical(
            extraRulePacks: detection.extraRulePacks, disabledRules: detection.disabledRules.sorted(),
            allowList: detection.allowList, threshold: detection.threshold, detectionLabels: detection.labels?.sorted(),
            matchLimit: detection.matchLimit, depthLimit: detection.depthLimit, labels: labels?.sorted(),
            operators: Dictionary(uniqueKeysWithValues: operators.map { ($0.key.rawValue, $0.value) }),
            defaultOperator: defaultOperator, maskCharacter: maskCharacter, maskLength: maskLength,
            pseudonymLength: pseudonymLength)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values of these types cannot fail; an empty result would only weaken
        // the configuration check, never expose text.
        return Array((try? encoder.encode(canonical)) ?? Data())
    }
}
