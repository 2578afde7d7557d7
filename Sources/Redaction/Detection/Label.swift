/// The kind of identifier a finding is, as `GUIDELINES.md` defines them.
///
/// An open set: rule packs may introduce their own labels, so this is a string-backed
/// struct rather than an enum.
///
/// ```swift
/// let label: Label = .person
/// label.isCore // true
/// ```
public struct Label: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The upper-case name, e.g. `"PERSON"`.
    public let rawValue: String

    /// Creates a label from its name (upper-cased).
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }

    /// Creates a label from a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The name.
    public var description: String { rawValue }

    /// Orders by name.
    public static func < (lhs: Label, rhs: Label) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A person's name, whole or part.
    public static let person: Label = "PERSON"
    /// Badge, shield, serial and officer numbers, and call signs.
    public static let badge: Label = "BADGE"
    /// Anything narrowing where something happened below country level.
    public static let location: Label = "LOCATION"
    /// A specific calendar date or part of one.
    public static let date: Label = "DATE"
    /// Telephone and fax numbers.
    public static let phone: Label = "PHONE"
    /// Clock times.
    public static let time: Label = "TIME"
    /// E-mail addresses.
    public static let email: Label = "EMAIL"
    /// Web addresses of a person or private page.
    public static let url: Label = "URL"
    /// Agencies, departments, courts and employers.
    public static let org: Label = "ORG"
    /// Vehicle licence plates.
    public static let plate: Label = "PLATE"
    /// Case, report, incident and warrant numbers; SSN, driver's licence, VIN.
    public static let id: Label = "ID"
    /// A region the detectors could not analyse (a rule hit its limit); always redacted.
    public static let unanalysed: Label = "UNANALYSED"

    /// The five labels every redactor must handle.
    public static let core: [Label] = [.person, .badge, .location, .date, .phone]
    /// The labels scored separately as extras.
    public static let extra: [Label] = [.time, .email, .url, .org, .plate, .id]
    /// Every label of the guidelines.
    public static let all: [Label] = core + extra

    /// Whether this is one of the five core labels.
    public var isCore: Bool { Self.core.contains(self) }
}
