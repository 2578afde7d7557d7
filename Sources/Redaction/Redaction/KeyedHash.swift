internal import Crypto
import Foundation

/// The keyed HMAC-SHA256 behind fingerprints, pseudonyms and surrogates. Every use has its
/// own domain prefix, so a value's fingerprint never equals its pseudonym digest.
///
/// The HMAC state with the key already absorbed is built once and copied per call (the
/// copy shares the hash context until its first update, then copies it), so a call pays
/// for its own bytes only; the fingerprint state also has its domain prefix absorbed.
struct KeyedHash: Sendable {
    /// An HMAC state to copy. Only ever copied, never mutated in place, so sharing it
    /// between threads is safe (swift-crypto's hash contexts are copy-on-write).
    private struct Prepared: @unchecked Sendable {
        let hmac: HMAC<SHA256>
    }

    private let keyed: Prepared
    private let fingerprinting: Prepared

    init(key: Data) {
        let hmac = HMAC<SHA256>(key: SymmetricKey(data: key))
        var fingerprint = hmac
        fingerprint.update(data: Array("fingerprint:".utf8))
        self.keyed = Prepared(hmac: hmac)
        self.fingerprinting = Prepared(hmac: fingerprint)
    }

    /// A fresh random 256-bit key.
    static func randomKey() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }

    func digest(_ parts: [UInt8]...) -> [UInt8] {
        var hmac = keyed.hmac
        for part in parts { hmac.update(data: part) }
        return Array(hmac.finalize())
    }

    func digest(_ domain: String, _ value: some Sequence<UInt8>) -> [UInt8] {
        digest(Array(domain.utf8), Array(value))
    }

    /// The fingerprint of an original span: hex HMAC over `fingerprint:` and its bytes.
    func fingerprint(_ bytes: ArraySlice<UInt8>) -> String {
        var hmac = fingerprinting.hmac
        bytes.withUnsafeBytes { hmac.update(data: $0) }
        return Self.hex(Array(hmac.finalize()))
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
