/// What detection runs with: extra rule packs, rules switched off, extra allow-list
/// entries, the score threshold and the PCRE2 limits. A Codable value, so a service can
/// load it from JSON.
///
/// ```swift
/// var options = DetectionOptions()
/// options.disabledRules = ["date.standalone-year"]
/// options.allowList = ["Marigold Tactical"]
/// let engine = try DetectionEngine(options: options)
/// ```
public struct DetectionOptions: Sendable, Hashable, Codable {
    /// Rule packs added after the bundled ones.
    public var extraRulePacks: [RulePack]
    /// Rule ids that do not run: a regex rule's id (`phone.nanp`), or the rule id another
    /// detector records (`gazetteer:businesses`, `propagation.person`), whose findings are
    /// then dropped before the next detector sees them.
    public var disabledRules: Set<String>
    /// Detector families that do not run (none by default).
    public var disabledDetectors: Set<DetectorFamily>
    /// Phrases never reported (case-insensitive, matched on whole tokens), on top of the bundled allow-list.
    public var allowList: [String]
    /// Findings scoring below this are dropped by resolution.
    public var threshold: Double
    /// Only these labels are reported (all when nil).
    public var labels: Set<Label>?
    /// PCRE2 match limit per rule and document.
    public var matchLimit: UInt32
    /// PCRE2 depth limit.
    public var depthLimit: UInt32

    /// The defaults: bundled packs only, threshold 0.5, generous limits.
    public init(extraRulePacks: [RulePack] = [], disabledRules: Set<String> = [], disabledDetectors: Set<DetectorFamily> = [],
                allowList: [String] = [], threshold: Double = 0.5, labels: Set<Label>? = nil, matchLimit: UInt32 = 5_000_000,
                depthLimit: UInt32 = 100_000) {
        self.extraRulePacks = extraRulePacks
        self.disabledRules = disabledRules
        self.disabledDetectors = disabledDetectors
        self.allowList = allowList
        self.threshold = threshold
        self.labels = labels
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
    }

    enum CodingKeys: String, CodingKey { case extraRulePacks, disabledRules, disabledDetectors, allowList, threshold, labels, matchLimit, depthLimit }

    /// Decodes, with the defaults for absent keys.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DetectionOptions()
        extraRulePacks = try c.decodeIfPresent([RulePack].self, forKey: .extraRulePacks) ?? defaults.extraRulePacks
        disabledRules = try c.decodeIfPresent(Set<String>.self, forKey: .disabledRules) ?? defaults.disabledRules
        disabledDetectors = try c.decodeIfPresent(Set<DetectorFamily>.self, forKey: .disabledDetectors) ?? defaults.disabledDetectors
        allowList = try c.decodeIfPresent([String].self, forKey: .allowList) ?? defaults.allowList
        threshold = try c.decodeIfPresent(Double.self, forKey: .threshold) ?? defaults.threshold
        labels = try c.decodeIfPresent(Set<Label>.self, forKey: .labels)
        matchLimit = try c.decodeIfPresent(UInt32.self, forKey: .matchLimit) ?? defaults.matchLimit
        depthLimit = try c.decodeIfPresent(UInt32.self, forKey: .depthLimit) ?? defaults.depthLimit
    }
}
