/// The detectors an engine runs, in order; each can be switched off with
/// ``DetectionOptions/disabledDetectors`` (to measure one family alone, or to run rules
/// only). Switching a family off lowers recall: the default runs them all.
///
/// ```swift
/// var options = DetectionOptions()
/// options.disabledDetectors = [.names, .propagation]   // rules, addresses, places, allow-list
/// let engine = try DetectionEngine(options: options)
/// ```
public enum DetectorFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// The PCRE2 rule packs (bundled and extra).
    case rules
    /// Multi-line postal address blocks.
    case addressBlocks = "address-blocks"
    /// Gazetteer places: businesses, places in capitals, state codes, lower-case places.
    case places
    /// Name evidence: titles, roles, ages, naming cues, casing-aware runs.
    case names
    /// Allow-listed phrases and `ALLOW` rule regions that suppress findings.
    case allowList = "allow-list"
    /// Other mentions of confirmed names, places and numbers.
    case propagation
}
