/// Strict UTF-8 decoding of external input, with errors that name a byte offset and never
/// quote the bytes.
///
/// ```swift
/// let string = try StrictUTF8.decode(Array(data))   // throws .invalidUTF8(byteOffset: 17)
/// ```
public enum StrictUTF8 {
    /// Why input bytes are not text.
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        /// The bytes are not valid UTF-8; the offset of the first byte of the bad sequence.
        case invalidUTF8(byteOffset: Int)

        /// A message naming the offset only.
        public var description: String {
            switch self {
            case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
            }
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil
    /// when every byte is valid.
    ///
    /// - Complexity: O(n).
    public static func firstInvalidByte(in bytes: some Collection<UInt8>) -> Int? {
        // Fast path: the standard library's validating initialiser (vectorised).
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Decodes `bytes` as UTF-8, refusing (rather than repairing) invalid sequences.
    ///
    /// - Throws: ``Error/invalidUTF8(byteOffset:)`` with the offset of the first bad byte.
    public static func decode(_ bytes: some Collection<UInt8>) throws(Error) -> String {
        if let offset = firstInvalidByte(in: bytes) { throw .invalidUTF8(byteOffset: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
