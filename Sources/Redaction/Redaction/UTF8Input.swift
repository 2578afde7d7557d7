/// Turns raw bytes into text for redaction: strictly (invalid UTF-8 is an error naming
/// the byte offset) or lossily (each invalid sequence becomes U+FFFD and is recorded).
///
/// ```swift
/// let input = try UTF8Input(bytes: data, lossy: true)
/// input.invalidSequences // [17..<18]
/// ```
public struct UTF8Input: Sendable, Hashable {
    /// The decoded text.
    public let string: String
    /// Byte ranges of the raw input that were invalid and replaced (empty when strict).
    public let invalidSequences: [Range<Int>]

    /// Decodes `bytes`.
    ///
    /// - Throws: ``RedactionError/invalidUTF8(offset:)`` with the offset of the first
    ///   invalid byte, unless `lossy`.
    public init(bytes: some Collection<UInt8>, lossy: Bool) throws(RedactionError) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var invalid: [Range<Int>] = []
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                guard lossy else { throw .invalidUTF8(offset: offset) }
                invalid.append(offset..<offset + length)
                scalars.append("\u{FFFD}")
                offset += length
            case .emptyInput:
                break loop
            }
        }
        self.string = String(scalars)
        self.invalidSequences = invalid
    }
}
