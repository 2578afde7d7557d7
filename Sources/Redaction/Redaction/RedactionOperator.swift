/// How a detected identifier is replaced.
///
/// ```swift
/// var configuration = RedactorConfiguration()
/// configuration.operators[.person] = .numbered   // "[PERSON-1]"
/// configuration.operators[.phone] = .surrogate   // "602-555-0143" → "480-555-0117"
/// ```
public enum RedactionOperator: String, Sendable, Hashable, Codable, CaseIterable {
    /// The label in brackets: `[PERSON]`.
    case tag
    /// The label and a number that is the same for every mention of one entity within a
    /// document: `[PERSON-1]`. Mentions are grouped case-insensitively, without a
    /// possessive `'s`, and a one-word mention joins an earlier (or else a later)
    /// several-word mention whose first or last word it equals.
    case numbered
    /// A fixed-length mask: ``RedactorConfiguration/maskLength`` copies of
    /// ``RedactorConfiguration/maskCharacter``.
    case mask
    /// A realistic, format-preserving stand-in, chosen with the keyed HMAC and consistent
    /// within a document: names keep their shape, phones become fictitious 555-01xx
    /// numbers with the same punctuation, dates shift by the key's day offset, ids keep
    /// digit and letter positions. Labels without a realistic generator (`TIME`,
    /// `LOCATION`, `ORG`, `UNANALYSED`) and unparseable dates fall back to ``tag``.
    case surrogate
    /// A keyed pseudonym, `PERSON-3f9a1c`: the first hex digits of
    /// HMAC-SHA256(key, label + ":" + normalised value). Stable across documents for one key.
    case pseudonym
}
