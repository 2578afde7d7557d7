public import Foundation

/// A versioned set of rules, loaded from JSON.
///
/// The library bundles `core` (see ``RulePack/bundled()``); callers add their own packs
/// and disable rules by id through ``DetectionOptions``.
///
/// ```swift
/// let pack = try RulePack(json: Data(contentsOf: url))
/// print(pack.name, pack.version, pack.rules.count)
/// ```
public struct RulePack: Sendable, Hashable, Codable {
    /// The pack's name.
    public var name: String
    /// The pack's version (recorded in every audit).
    public var version: String
    /// The rules, in the order they run.
    public var rules: [Rule]

    /// Creates a pack.
    public init(name: String, version: String, rules: [Rule]) {
        self.name = name
        self.version = version
        self.rules = rules
    }

    /// Decodes a pack from JSON.
    ///
    /// - Throws: ``RulePackError/malformed(_:)`` when the JSON does not describe a pack.
    public init(json: Data) throws(RulePackError) {
        do {
            self = try JSONDecoder().decode(RulePack.self, from: json)
        } catch {
            throw .malformed(String(describing: error))
        }
    }

    /// The packs bundled with the library.
    ///
    /// - Throws: ``RulePackError/missingResource(_:)`` when the resource cannot be read
    ///   (the library then refuses to run rather than redact less).
    public static func bundled() throws(RulePackError) -> [RulePack] {
        try BundledResources.rulePacks()
    }
}

/// Why a rule pack was rejected.
public enum RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a valid rule pack.
    case malformed(String)
    /// A rule's pattern does not compile: the rule id, the offset in its pattern and PCRE2's message.
    case badPattern(rule: String, offset: Int, message: String)
    /// A rule names a validator the library does not have.
    case unknownValidator(rule: String, validator: String)
    /// Two rules share an id.
    case duplicateRule(String)
    /// A rule's group number exceeds its pattern's capture groups, or its score is outside 0...1.
    case invalidRule(rule: String, reason: String)
    /// A bundled resource is missing or unreadable.
    case missingResource(String)

    /// A message naming the rule and position, never any input text.
    public var description: String {
        switch self {
        case .malformed(let detail): "malformed rule pack: \(detail)"
        case .badPattern(let rule, let offset, let message): "rule \(rule): pattern does not compile at offset \(offset): \(message)"
        case .unknownValidator(let rule, let validator): "rule \(rule): unknown validator \(validator)"
        case .duplicateRule(let rule): "duplicate rule id \(rule)"
        case .invalidRule(let rule, let reason): "rule \(rule): \(reason)"
        case .missingResource(let name): "missing bundled resource \(name)"
        }
    }
}
