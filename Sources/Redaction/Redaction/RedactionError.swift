/// Why a redaction, an apply or a configuration failed. Messages carry offsets, counts,
/// labels and rule ids — never the text being redacted.
public enum RedactionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Detection failed (fail closed: no text is returned).
    case detection(DetectionError)
    /// The text model could not be built, or an offset was out of bounds or off a boundary.
    case text(TextError)
    /// The input is not valid UTF-8; the byte offset of the first bad sequence.
    case invalidUTF8(offset: Int)
    /// The configuration is unusable (bad key, mask, operator assignment…).
    case invalidConfiguration(String)
    /// The audit's schema version is not one this library reads.
    case unsupportedSchema(Int)
    /// The audit was made with another configuration or key than this redactor's.
    case configurationMismatch
    /// A change's span holds text whose fingerprint differs from the audit's (wrong
    /// document or wrong key). The change's index and its UTF-8 byte range.
    case fingerprintMismatch(change: Int, utf8: Range<Int>)
    /// A change that is neither added by a reviewer nor rejected has no fingerprint.
    case missingFingerprint(change: Int)
    /// A change gives no span in any unit.
    case missingSpan(change: Int)
    /// A change's span lies outside the text or splits a character.
    case invalidSpan(change: Int, detail: TextError)
    /// A change's spans in different units disagree.
    case inconsistentSpan(change: Int)
    /// Two changes to apply overlap.
    case overlappingChanges(Int, Int)
    /// A reviewer rejected an `UNANALYSED` region, which is always redacted.
    case cannotRejectUnanalysed(change: Int)
    /// A line of a JSONL batch is not `{"id", "text"}`; the 1-based line number.
    case malformedRecord(line: Int)

    /// A message that never quotes the input.
    public var description: String {
        switch self {
        case .detection(let error): "detection failed: \(error.description)"
        case .text(let error): error.description
        case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
        case .invalidConfiguration(let detail): "invalid configuration: \(detail)"
        case .unsupportedSchema(let version): "unsupported audit schema version \(version) (this library reads \(RedactionAudit.currentSchemaVersion))"
        case .configurationMismatch: "the audit was made with a different configuration or key"
        case .fingerprintMismatch(let change, let range):
            "change \(change): text at UTF-8 bytes \(range.lowerBound)..<\(range.upperBound) does not match the audit's fingerprint (wrong document or key)"
        case .missingFingerprint(let change): "change \(change): no fingerprint"
        case .missingSpan(let change): "change \(change): no span given"
        case .invalidSpan(let change, let detail): "change \(change): \(detail.description)"
        case .inconsistentSpan(let change): "change \(change): spans in different units disagree"
        case .overlappingChanges(let a, let b): "changes \(a) and \(b) overlap"
        case .cannotRejectUnanalysed(let change): "change \(change): UNANALYSED regions are always redacted and cannot be rejected"
        case .malformedRecord(let line): "line \(line): expected a JSON object with \"id\" and \"text\""
        }
    }
}
