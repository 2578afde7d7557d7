/// An open-addressing hash table keyed by 64-bit token keys.
///
/// Token keys are already well-mixed FNV hashes, so the table skips `Hasher` (SipHash)
/// and probes linearly from a Fibonacci-scrambled slot: one multiply and, usually, one
/// comparison per look-up. Used for the gazetteer and for rule triggers, which are
/// probed once per token.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0
    private let filler: Value

    /// The key stored for an empty slot; a real key equal to it is remapped.
    private static var empty: UInt64 { 0 }

    /// Creates a table with room for `capacity` keys at a load factor of at most one half.
    init(capacity: Int, filler: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Value](repeating: filler, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.filler = filler
    }

    @inline(__always)
    private static func normalise(_ key: UInt64) -> UInt64 { key == empty ? 0x9E37_79B9_7F4A_7C15 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value for `key`, if present.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let key = Self.normalise(key)
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// Sets or changes the value for `key`: `update` receives the current value (or the
    /// filler when absent).
    mutating func update(_ key: UInt64, _ update: (inout Value) -> Void) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.normalise(key)
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key {
                update(&values[index])
                return
            }
            if stored == Self.empty {
                keys[index] = key
                var value = filler
                update(&value)
                values[index] = value
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = KeyTable(capacity: keys.count, filler: filler)
        for (index, key) in keys.enumerated() where key != Self.empty {
            let value = values[index]
            bigger.update(key) { $0 = value }
        }
        self = bigger
    }
}
