/// Case- and accent-folded hashing of token bytes, shared by the tokenizer and the
/// gazetteer so that "José", "JOSE", "jose" and an NFD "José" give one key.
///
/// Folding: ASCII letters to lower case; Latin-1, Latin Extended-A and the Vietnamese
/// letters of Latin Extended Additional to their base letters; combining marks, zero-width
/// characters and soft hyphens dropped; typographic apostrophes to `'`. Anything else is
/// lower-cased through Unicode's mapping (rare; allocates).
enum TokenKey {
    /// A running key over folded bytes. Bytes are packed eight to a 64-bit word and each
    /// full word is mixed in with one multiply, so the loop over a token's bytes carries
    /// only shifts and ors (a byte-at-a-time FNV hash chains one multiply per byte).
    struct Hasher {
        private var state: UInt64 = 0x243F_6A88_85A3_08D3
        private var word: UInt64 = 0
        private var shift: UInt64 = 0
        private var count: UInt64 = 0

        init() {}

        /// Adds one folded byte.
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            word |= UInt64(byte) &<< shift
            shift &+= 8
            if shift == 64 {
                state = Self.round(state, word)
                word = 0
                shift = 0
                count &+= 8
            }
        }

        /// The key of everything added so far.
        @inline(__always)
        func finish() -> UInt64 {
            var hash = Self.round(state, word) ^ (count &+ shift >> 3)
            // MurmurHash3's finaliser: every input bit reaches every output bit.
            hash ^= hash >> 33
            hash &*= 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            hash &*= 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 33
            return hash
        }

        /// The key of 1 to 8 folded bytes already packed little-endian into `word` (the
        /// rest zero): what adding them one by one and calling ``finish()`` gives.
        @inline(__always)
        static func key(word: UInt64, length: Int) -> UInt64 {
            var hasher = Hasher()
            if length == 8 {
                hasher.state = round(hasher.state, word)
                hasher.count = 8
            } else {
                hasher.word = word
                hasher.shift = UInt64(length) &* 8
            }
            return hasher.finish()
        }

        @inline(__always)
        private static func round(_ state: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
            return mixed ^ (mixed >> 29)
        }
    }

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

    /// Folds one scalar into the running key.
    @inline(__always)
    static func mix(_ hasher: inout Hasher, scalar value: UInt32) {
        if value < 0x80 {
            var byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            hasher.add(byte)
            return
        }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200D, 0x2060, 0x00AD, 0xFEFF:
            return
        case 0x2018, 0x2019, 0x02BC, 0x02BB:
            hasher.add(UInt8(ascii: "'"))
            return
        case 0x00C0...0x017F:
            let folded = latin[Int(value - 0xC0)]
            if folded == UInt8(ascii: ".") { break }
            if folded < 0x20 {
                for byte in expansions[Int(folded)] { hasher.add(byte) }
            } else {
                hasher.add(folded)
            }
            return
        case 0x01A0, 0x01A1:
            hasher.add(UInt8(ascii: "o"))
            return
        case 0x01AF, 0x01B0:
            hasher.add(UInt8(ascii: "u"))
            return
        case 0x1EA0...0x1EF9:
            hasher.add(vietnamese[Int(value - 0x1EA0)])
            return
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        if scalar.properties.isUppercase {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                for byte in UTF8.encode(lower)! { hasher.add(byte) }
            }
        } else {
            for byte in UTF8.encode(scalar)! { hasher.add(byte) }
        }
    }

    /// The folded key of `bytes[range]` (valid UTF-8).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hasher = Hasher()
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            if lead < 0x80 {
                hasher.add(lead &- 0x41 < 26 ? lead | 0x20 : lead)
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.decode(bytes, at: index)
            mix(&hasher, scalar: value)
            index += length
        }
        return hasher.finish()
    }

    /// The folded key of a string (used when loading lists).
    static func key(_ string: some StringProtocol) -> UInt64 {
        var hasher = Hasher()
        for scalar in string.unicodeScalars { mix(&hasher, scalar: scalar.value) }
        return hasher.finish()
    }

    /// Combines the keys of consecutive tokens into the key of the sequence.
    @inline(__always)
    static func combine(_ sequence: UInt64, _ next: UInt64) -> UInt64 {
        (sequence ^ (next &+ 0x9E37_79B9_7F4A_7C15 &+ (sequence << 6) &+ (sequence >> 2))) &* 0x0000_0100_0000_01B3
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
