/// Exact conversion of offsets between UTF-8 bytes, Unicode scalars, UTF-16 units and
/// `String.Index`, built once per text.
///
/// Only non-ASCII scalars are recorded: for each one, where it starts in UTF-8, in
/// scalars and in UTF-16 (plus an end anchor). Between two anchors every scalar is ASCII,
/// so all units advance together and a conversion is a binary search over the anchors
/// and an addition. ASCII text has no anchors at all; mostly-English text has a few.
///
/// ```swift
/// let text = try Text("Café 👮🏽")
/// try text.offsets.convert(6, from: .utf8, to: .unicodeScalars) // 5
/// try text.offsets.convert(5, from: .unicodeScalars, to: .utf16) // 5
/// ```
public struct OffsetTable: Sendable {
    /// Number of UTF-8 bytes in the text.
    public let utf8Count: Int
    /// Number of Unicode scalars in the text.
    public let scalarCount: Int
    /// Number of UTF-16 code units in the text.
    public let utf16Count: Int
    /// UTF-8 start of each non-ASCII scalar, then `utf8Count`. Empty when ASCII.
    private let anchorsUTF8: [Int32]
    /// Scalar index of each non-ASCII scalar, then `scalarCount`. Empty when ASCII.
    private let anchorsScalars: [Int32]
    /// UTF-16 start of each non-ASCII scalar, then `utf16Count`. Empty when ASCII.
    private let anchorsUTF16: [Int32]

    /// Builds the table for valid UTF-8 `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        utf8Count = bytes.count
        var utf8: [Int32] = []
        var scalars: [Int32] = []
        var utf16: [Int32] = []
        // Bytes beyond one per scalar so far, and UTF-16 units beyond one per scalar.
        var extraBytes = 0
        var extraUnits = 0
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index < count {
                // Skip ASCII eight bytes at a time.
                while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                while index < count, base[index] < 0x80 { index += 1 }
                guard index < count else { break }
                let scalar = index - extraBytes
                utf8.append(Int32(index))
                scalars.append(Int32(scalar))
                utf16.append(Int32(scalar + extraUnits))
                let length = UTF8Decoding.length(lead: base[index])
                extraBytes += length - 1
                if length == 4 { extraUnits += 1 }
                index += length
            }
        }
        scalarCount = count - extraBytes
        utf16Count = scalarCount + extraUnits
        if !utf8.isEmpty {
            utf8.append(Int32(utf8Count))
            scalars.append(Int32(scalarCount))
            utf16.append(Int32(utf16Count))
        }
        anchorsUTF8 = utf8
        anchorsScalars = scalars
        anchorsUTF16 = utf16
    }

    /// Whether every unit coincides (the text is ASCII).
    public var isASCII: Bool { anchorsUTF8.isEmpty }

    /// Number of units of `unit` in the text.
    public func count(in unit: TextUnit) -> Int {
        switch unit {
        case .utf8: utf8Count
        case .unicodeScalars: scalarCount
        case .utf16: utf16Count
        }
    }

    /// Converts `offset` from one unit to another.
    ///
    /// - Throws: ``TextError/offsetOutOfBounds(offset:unit:)`` when the offset is outside
    ///   `0...count`, ``TextError/offsetNotOnBoundary(offset:unit:)`` when it splits a
    ///   scalar (UTF-8) or a surrogate pair (UTF-16).
    /// - Complexity: O(1) for ASCII text, O(log k) otherwise, k the number of non-ASCII
    ///   scalars.
    public func convert(_ offset: Int, from source: TextUnit, to target: TextUnit) throws(TextError) -> Int {
        guard offset >= 0, offset <= count(in: source) else {
            throw .offsetOutOfBounds(offset: offset, unit: source)
        }
        if source == target || isASCII { return offset }
        let from = anchors(source)
        // The last anchor at or before `offset`.
        var low = 0
        var high = from.count
        let value = Int32(offset)
        while low < high {
            let mid = (low + high) / 2
            if from[mid] <= value { low = mid + 1 } else { high = mid }
        }
        let anchor = low - 1
        guard anchor >= 0 else { return offset }
        let to = anchors(target)
        let distance = offset - Int(from[anchor])
        if distance == 0 { return Int(to[anchor]) }
        // Past the start of a non-ASCII scalar (never the end anchor: offset <= count).
        let past = distance - length(ofAnchor: anchor, in: source)
        guard past >= 0 else { throw .offsetNotOnBoundary(offset: offset, unit: source) }
        return Int(to[anchor]) + length(ofAnchor: anchor, in: target) + past
    }

    /// Converts a UTF-8 byte range to another unit.
    public func convert(_ range: Range<Int>, from source: TextUnit, to target: TextUnit) throws(TextError) -> Range<Int> {
        let lower = try convert(range.lowerBound, from: source, to: target)
        let upper = try convert(range.upperBound, from: source, to: target)
        return lower..<upper
    }

    @inline(__always)
    private func anchors(_ unit: TextUnit) -> [Int32] {
        switch unit {
        case .utf8: anchorsUTF8
        case .unicodeScalars: anchorsScalars
        case .utf16: anchorsUTF16
        }
    }

    /// Length in `unit` of the non-ASCII scalar at `anchor` (not the end anchor): the
    /// scalars up to the next anchor are ASCII, one byte each.
    private func length(ofAnchor anchor: Int, in unit: TextUnit) -> Int {
        let asciiAfter = Int(anchorsScalars[anchor + 1] - anchorsScalars[anchor]) - 1
        switch unit {
        case .unicodeScalars: return 1
        case .utf8: return Int(anchorsUTF8[anchor + 1] - anchorsUTF8[anchor]) - asciiAfter
        case .utf16: return Int(anchorsUTF16[anchor + 1] - anchorsUTF16[anchor]) - asciiAfter
        }
    }
}
