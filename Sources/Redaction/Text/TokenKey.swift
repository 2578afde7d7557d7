/// Case- and accent-folded hashing of token bytes, shared by the tokenizer and the
/// gazetteer so that "José", "JOSE", "jose" and an NFD "José" give one key.
///
/// Folding: ASCII letters to lower case; Latin-1, Latin Extended-A and the Vietnamese
/// letters of Latin Extended Additional to their base letters; combining marks, zero-width
/// characters and soft hyphens dropped; typographic apostrophes to `'`. Anything else is
/// lower-cased through Unicode's mapping (rare; allocates).
enum TokenKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Base letters for U+00C0 ... U+017F; "." marks a scalar that is kept unfolded.
    private static let latin: [UInt8] = Array(
        ("aaaaaa" + "\u{1}" + "ceeeeiiiidnooooo.ouuuuy" + "\u{2}" + "\u{3}"
            + "aaaaaa" + "\u{1}" + "ceeeeiiiidnooooo.ouuuuy" + "\u{2}" + "y"
            + "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii"
            + "\u{4}\u{4}" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "\u{5}\u{5}"
            + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s").utf8)

    /// Base letters for U+1EA0 ... U+1EF9 (Vietnamese).
    private static let vietnamese: [UInt8] = Array(
        (String(repeating: "a", count: 24) + String(repeating: "e", count: 16)
            + String(repeating: "i", count: 4) + String(repeating: "o", count: 24)
            + String(repeating: "u", count: 14) + String(repeating: "y", count: 8)).utf8)

    /// Multi-letter expansions referenced by control bytes in ``latin``.
    private static let expansions: [[UInt8]] = [[], Array("ae".utf8), Array("th".utf8), Array("ss".utf8), Array("ij".utf8), Array("oe".utf8)]

    @inline(__always)
    static func mix(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* prime
    }

    /// Folds one scalar into the running hash.
    @inline(__always)
    static func mix(_ hash: inout UInt64, scalar value: UInt32) {
        if value < 0x80 {
            var byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            mix(&hash, byte)
            return
        }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200D, 0x2060, 0x00AD, 0xFEFF:
            return
        case 0x2018, 0x2019, 0x02BC, 0x02BB:
            mix(&hash, UInt8(ascii: "'"))
            return
        case 0x00C0...0x017F:
            let folded = latin[Int(value - 0xC0)]
            if folded == UInt8(ascii: ".") { break }
            if folded < 0x20 {
                for byte in expansions[Int(folded)] { mix(&hash, byte) }
            } else {
                mix(&hash, folded)
            }
            return
        case 0x01A0, 0x01A1:
            mix(&hash, UInt8(ascii: "o"))
            return
        case 0x01AF, 0x01B0:
            mix(&hash, UInt8(ascii: "u"))
            return
        case 0x1EA0...0x1EF9:
            mix(&hash, vietnamese[Int(value - 0x1EA0)])
            return
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        if scalar.properties.isUppercase {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                for byte in UTF8.encode(lower)! { mix(&hash, byte) }
            }
        } else {
            for byte in UTF8.encode(scalar)! { mix(&hash, byte) }
        }
    }

    /// The folded key of `bytes[range]` (valid UTF-8).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            if lead < 0x80 {
                var byte = lead
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* prime
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(bytes, at: index)
            mix(&hash, scalar: value)
            index += length
        }
        return hash
    }

    /// The folded key of a string (used when loading lists).
    static func key(_ string: some StringProtocol) -> UInt64 {
        var hash = offsetBasis
        for scalar in string.unicodeScalars { mix(&hash, scalar: scalar.value) }
        return hash
    }

    /// Combines the keys of consecutive tokens into the key of the sequence.
    @inline(__always)
    static func combine(_ sequence: UInt64, _ next: UInt64) -> UInt64 {
        (sequence ^ (next &+ 0x9E37_79B9_7F4A_7C15 &+ (sequence << 6) &+ (sequence >> 2))) &* prime
    }

    /// The start value for ``combine(_:_:)``.
    static let sequenceSeed: UInt64 = 0x84222325cbf29ce4
}

/// Minimal UTF-8 decoding over valid input (Swift strings are always valid UTF-8).
enum UTF8Decoding {
    /// Decodes the scalar starting at `index`; returns its value and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
            | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Length in bytes of the scalar whose lead byte is `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Whether `byte` is a continuation byte (10xxxxxx).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
