/// The unit an offset into a text is counted in.
///
/// Every span the library reports says which unit it uses. Internally everything is
/// UTF-8 bytes; ``OffsetTable`` converts exactly between the units.
///
/// ```swift
/// let text = try Text("José")
/// let end = try text.offsets.convert(5, from: .utf8, to: .unicodeScalars) // 4
/// ```
public enum TextUnit: String, Sendable, Codable, CaseIterable {
    /// UTF-8 code units (bytes). What ICU and PCRE2 report, and what Swift's `String.utf8` counts.
    case utf8
    /// Unicode scalars (code points). What the annotated corpora and Python's `str` count.
    case unicodeScalars
    /// UTF-16 code units. What JavaScript, Java and `NSString` count.
    case utf16
}
