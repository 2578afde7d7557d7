/// An error raised while building the text model.
///
/// Messages carry offsets and codes only, never the text itself.
public enum TextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU could not open or run a break iterator; the associated value is ICU's error name.
    case icuFailure(String)
    /// An offset is outside the text or not on a boundary of the target unit.
    case offsetOutOfBounds(offset: Int, unit: TextUnit)
    /// An offset falls inside a character's encoding (between the bytes of one scalar, or
    /// between the two halves of a UTF-16 surrogate pair).
    case offsetNotOnBoundary(offset: Int, unit: TextUnit)

    /// A message that never quotes the input.
    public var description: String {
        switch self {
        case .icuFailure(let name): "ICU failure: \(name)"
        case .offsetOutOfBounds(let offset, let unit): "offset \(offset) (\(unit.rawValue)) is outside the text"
        case .offsetNotOnBoundary(let offset, let unit): "offset \(offset) (\(unit.rawValue)) is not on a character boundary"
        }
    }
}
