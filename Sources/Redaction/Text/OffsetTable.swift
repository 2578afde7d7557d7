/// Exact conversion of offsets between UTF-8 bytes, Unicode scalars, UTF-16 units and
/// `String.Index`, built once per text.
///
/// ASCII text needs no table (all units coincide). Otherwise the table keeps, for every
/// scalar, where it starts in UTF-8 and in UTF-16, so each conversion is an index or a
/// binary search.
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
    /// For scalar `i`, its UTF-8 start; one extra entry holds `utf8Count`. Empty when ASCII.
    private let utf8Starts: [Int32]
    /// For scalar `i`, its UTF-16 start; one extra entry holds `utf16Count`. Empty when ASCII.
    private let utf16Starts: [Int32]

    /// Builds the table for valid UTF-8 `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        utf8Count = bytes.count
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            scalarCount = bytes.count
            utf16Count = bytes.count
            utf8Starts = []
            utf16Starts = []
            return
        }
        var starts8: [Int32] = []
        var starts16: [Int32] = []
        starts8.reserveCapacity(bytes.count + 1)
        starts16.reserveCapacity(bytes.count + 1)
        var index = 0
        var units16: Int32 = 0
        while index < bytes.count {
            starts8.append(Int32(index))
            starts16.append(units16)
            let length = UTF8Decoding.length(lead: bytes[index])
            units16 += length == 4 ? 2 : 1
            index += length
        }
        scalarCount = starts8.count
        utf16Count = Int(units16)
        starts8.append(Int32(bytes.count))
        starts16.append(units16)
        utf8Starts = starts8
        utf16Starts = starts16
    }

    /// Whether every unit coincides (the text is ASCII).
    public var isASCII: Bool { utf8Starts.isEmpty }

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
    /// - Complexity: O(1) from scalars or for ASCII text, O(log n) otherwise.
    public func convert(_ offset: Int, from source: TextUnit, to target: TextUnit) throws(TextError) -> Int {
        guard offset >= 0, offset <= count(in: source) else {
            throw .offsetOutOfBounds(offset: offset, unit: source)
        }
        if source == target || isASCII { return offset }
        let scalar: Int
        switch source {
        case .unicodeScalars: scalar = offset
        case .utf8: scalar = try Self.scalarIndex(of: offset, in: utf8Starts, unit: .utf8)
        case .utf16: scalar = try Self.scalarIndex(of: offset, in: utf16Starts, unit: .utf16)
        }
        switch target {
        case .unicodeScalars: return scalar
        case .utf8: return Int(utf8Starts[scalar])
        case .utf16: return Int(utf16Starts[scalar])
        }
    }

    /// Converts a UTF-8 byte range to another unit.
    public func convert(_ range: Range<Int>, from source: TextUnit, to target: TextUnit) throws(TextError) -> Range<Int> {
        let lower = try convert(range.lowerBound, from: source, to: target)
        let upper = try convert(range.upperBound, from: source, to: target)
        return lower..<upper
    }

    private static func scalarIndex(of offset: Int, in starts: [Int32], unit: TextUnit) throws(TextError) -> Int {
        var low = 0
        var high = starts.count - 1
        let target = Int32(offset)
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < target { low = mid + 1 } else { high = mid }
        }
        guard starts[low] == target else { throw .offsetNotOnBoundary(offset: offset, unit: unit) }
        return low
    }
}
