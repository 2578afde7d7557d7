internal import Crypto
import Foundation

/// The keyed HMAC-SHA256 behind fingerprints, pseudonyms and surrogates. Every use has its
/// own domain prefix, so a value's fingerprint never equals its pseudonym digest.
///
/// The key is kept as bytes (`SymmetricKey` is not `Sendable`) and wrapped per call.
struct KeyedHash: Sendable {
    private let keyBytes: [UInt8]

    init(key: Data) { self.keyBytes = Array(key) }

    /// A fresh random 256-bit key.
    static func randomKey() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }

    func digest(_ parts: [UInt8]...) -> [UInt8] {
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: keyBytes))
        for part in parts { hmac.update(data: part) }
        return Array(hmac.finalize())
    }

    func digest(_ domain: String, _ value: some Sequence<UInt8>) -> [UInt8] {
        digest(Array(domain.utf8), Array(value))
    }

    /// The fingerprint of an original span: hex HMAC over `fingerprint:` and its bytes.
    func fingerprint(_ bytes: some Sequence<UInt8>) -> String {
        Self.hex(digest("fingerprint:", bytes))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An endless keyed byte stream for one seed: HMAC(key, seed ‖ counter) blocks.
    func stream(_ seed: String) -> KeyedStream { KeyedStream(hash: self, seed: Array(seed.utf8)) }
}

/// Deterministic pseudo-random bytes drawn from the keyed HMAC.
struct KeyedStream {
    let hash: KeyedHash
    let seed: [UInt8]
    private var block: [UInt8] = []
    private var position = 0
    private var counter: UInt32 = 0

    init(hash: KeyedHash, seed: [UInt8]) {
        self.hash = hash
        self.seed = seed
    }

    mutating func next() -> UInt8 {
        if position >= block.count {
            let c = counter
            block = hash.digest(Array("stream:".utf8), seed, [UInt8(c >> 24), UInt8(c >> 16 & 0xFF), UInt8(c >> 8 & 0xFF), UInt8(c & 0xFF)])
            counter += 1
            position = 0
        }
        defer { position += 1 }
        return block[position]
    }

    /// A value in `0..<bound` (bound ≤ 65536; the bias is negligible for our small lists).
    mutating func next(below bound: Int) -> Int {
        let value = Int(next()) << 8 | Int(next())
        return value % bound
    }
}
